// portevoix-standin: LinkedIn, X and Facebook as the tests (and the demo) need
// them, on loopback. Prints "portevoix-standin listening on ADDRESS" once
// listening, and writes ADDRESS to --ready-file when given; serves until SIGTERM
// or SIGINT.
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "standin/standin.h"
#include "util/crypto.h"

int main(int argc, char** argv) {
  CLI::App cli{"Stand-in LinkedIn, X and Facebook APIs for Porte-voix's tests"};
  std::string listen = "127.0.0.1:0";
  std::string ready_file;
  cli.add_option("--listen", listen, "host:port to listen on (port 0: any free one)");
  cli.add_option("--ready-file", ready_file, "Write the bound address here once listening");
  CLI11_PARSE(cli, argc, argv);

  pv::crypto::init();
  // Block the stop signals before any thread starts, so that only sigwait sees them.
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  static pv::standin::Standin standin;
  std::string address;
  try {
    address = pv::standin::serve(
        listen, [](const pv::standin::Exchange& ex) { return standin.handle(ex); });
  } catch (const std::exception& e) {
    std::cerr << "portevoix-standin: " << e.what() << "\n";
    return 1;
  }
  if (!ready_file.empty()) {
    std::string tmp = ready_file + ".tmp";
    std::ofstream(tmp) << address << "\n";
    std::filesystem::rename(tmp, ready_file);
  }
  std::cout << "portevoix-standin listening on " << address << std::endl;
  int signal = 0;
  sigwait(&stop, &signal);
  std::cout << "portevoix-standin stopping (signal " << signal << ")" << std::endl;
  // Connection threads are detached and may be mid-request: leave without
  // running destructors under them.
  std::_Exit(0);
}
