#include "util/metrics.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace pv::metrics {
namespace {

bool is_metric_name(const std::string& s, bool label) {
  if (s.empty()) return false;
  auto first = [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!label && c == ':');
  };
  auto rest = [&](char c) { return first(c) || (c >= '0' && c <= '9'); };
  if (!first(s.front())) return false;
  if (label && s.starts_with("__")) return false;  // reserved by Prometheus
  return std::all_of(s.begin() + 1, s.end(), rest);
}

// Prometheus numbers: integers without a fraction, otherwise the shortest form
// that reads back exactly; +Inf, -Inf, NaN.
void append_number(std::string& out, double v) {
  if (std::isnan(v)) {
    out += "NaN";
  } else if (std::isinf(v)) {
    out += v > 0 ? "+Inf" : "-Inf";
  } else {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end);
  }
}

void append_escaped(std::string& out, const std::string& s, bool quote) {
  for (char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (quote && c == '"') {
      out += "\\\"";
    } else {
      out += c;
    }
  }
}

void append_labels(std::string& out, const Labels& names, const Labels& values,
                   const std::string* le = nullptr) {
  if (names.empty() && !le) return;
  out += '{';
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += ',';
    out += names[i];
    out += "=\"";
    append_escaped(out, values[i], true);
    out += '"';
  }
  if (le) {
    if (!names.empty()) out += ',';
    out += "le=\"";
    out += *le;
    out += '"';
  }
  out += '}';
}

void append_header(std::string& out, const std::string& name, const std::string& help,
                   const char* type) {
  out += "# HELP " + name + ' ';
  append_escaped(out, help, false);
  out += "\n# TYPE " + name + ' ' + type + '\n';
}

}  // namespace

void Counter::inc(double amount) {
  if (amount < 0) throw std::invalid_argument("a counter only goes up");
  value_.fetch_add(amount);
}

void Histogram::observe(double v) {
  auto bucket = std::lower_bound(bounds_.begin(), bounds_.end(), v) - bounds_.begin();
  std::lock_guard lock(mutex_);
  if (static_cast<std::size_t>(bucket) < counts_.size()) ++counts_[bucket];
  ++count_;
  sum_ += v;
}

Histogram::Snapshot Histogram::snapshot() const {
  std::lock_guard lock(mutex_);
  Snapshot s;
  std::uint64_t running = 0;
  for (auto c : counts_)
    s.cumulative.push_back(running += c);
  s.count = count_;
  s.sum = sum_;
  return s;
}

template <class Child>
Child& Family<Child>::with(const Labels& values) {
  if (values.size() != label_names_.size()) {
    throw std::invalid_argument("metric " + name_ + " takes " +
                                std::to_string(label_names_.size()) + " label values");
  }
  std::lock_guard lock(mutex_);
  auto& child = children_[values];
  if (!child) {
    if constexpr (std::is_same_v<Child, Histogram>) {
      child = std::make_unique<Histogram>(bounds_);
    } else {
      child = std::make_unique<Child>();
    }
  }
  return *child;
}

template <class Child>
void Family<Child>::render(std::string& out) const {
  constexpr bool kIsHistogram = std::is_same_v<Child, Histogram>;
  const char* type = kIsHistogram                     ? "histogram"
                     : std::is_same_v<Child, Counter> ? "counter"
                                                      : "gauge";
  append_header(out, name_, help_, type);
  std::lock_guard lock(mutex_);
  for (const auto& [values, child] : children_) {
    if constexpr (kIsHistogram) {
      auto snap = child->snapshot();
      for (std::size_t i = 0; i <= bounds_.size(); ++i) {
        std::string le;
        if (i < bounds_.size()) {
          append_number(le, bounds_[i]);
        } else {
          le = "+Inf";
        }
        out += name_ + "_bucket";
        append_labels(out, label_names_, values, &le);
        out += ' ';
        append_number(out,
                      static_cast<double>(i < bounds_.size() ? snap.cumulative[i] : snap.count));
        out += '\n';
      }
      out += name_ + "_sum";
      append_labels(out, label_names_, values);
      out += ' ';
      append_number(out, snap.sum);
      out += '\n' + name_ + "_count";
      append_labels(out, label_names_, values);
      out += ' ';
      append_number(out, static_cast<double>(snap.count));
    } else {
      out += name_;
      append_labels(out, label_names_, values);
      out += ' ';
      append_number(out, child->value());
    }
    out += '\n';
  }
}

template class Family<Counter>;
template class Family<Gauge>;
template class Family<Histogram>;

Registry::Entry& Registry::find_or_add(Type type, const std::string& name, const std::string& help,
                                       Labels label_names, std::vector<double> bounds) {
  if (!is_metric_name(name, false)) throw std::invalid_argument("bad metric name: " + name);
  for (const auto& label : label_names) {
    if (!is_metric_name(label, true) || (type == Type::kHistogram && label == "le")) {
      throw std::invalid_argument("bad label name for " + name + ": " + label);
    }
  }
  for (std::size_t i = 1; i < bounds.size(); ++i) {
    if (!(bounds[i - 1] < bounds[i])) {
      throw std::invalid_argument("histogram buckets must increase: " + name);
    }
  }
  std::lock_guard lock(mutex_);
  for (auto& entry : entries_) {
    const std::string* existing_name = nullptr;
    const Labels* existing_labels = nullptr;
    const std::vector<double>* existing_bounds = nullptr;
    if (entry.counter) {
      existing_name = &entry.counter->name();
      existing_labels = &entry.counter->label_names();
    } else if (entry.gauge) {
      existing_name = &entry.gauge->name();
      existing_labels = &entry.gauge->label_names();
    } else {
      existing_name = &entry.histogram->name();
      existing_labels = &entry.histogram->label_names();
      existing_bounds = &entry.histogram->bounds();
    }
    if (*existing_name != name) continue;
    if (entry.type != type || *existing_labels != label_names ||
        (existing_bounds && *existing_bounds != bounds)) {
      throw std::invalid_argument("metric registered twice, differently: " + name);
    }
    return entry;
  }
  Entry& entry = entries_.emplace_back();
  entry.type = type;
  switch (type) {
    case Type::kCounter:
      entry.counter = std::make_unique<CounterFamily>(name, help, std::move(label_names));
      break;
    case Type::kGauge:
      entry.gauge = std::make_unique<GaugeFamily>(name, help, std::move(label_names));
      break;
    case Type::kHistogram:
      entry.histogram =
          std::make_unique<HistogramFamily>(name, help, std::move(label_names), std::move(bounds));
      break;
  }
  return entry;
}

CounterFamily& Registry::counter(const std::string& name, const std::string& help,
                                 Labels label_names) {
  return *find_or_add(Type::kCounter, name, help, std::move(label_names), {}).counter;
}

GaugeFamily& Registry::gauge(const std::string& name, const std::string& help, Labels label_names) {
  return *find_or_add(Type::kGauge, name, help, std::move(label_names), {}).gauge;
}

HistogramFamily& Registry::histogram(const std::string& name, const std::string& help,
                                     std::vector<double> bounds, Labels label_names) {
  return *find_or_add(Type::kHistogram, name, help, std::move(label_names), std::move(bounds))
              .histogram;
}

std::string Registry::render() const {
  std::string out;
  std::lock_guard lock(mutex_);
  for (const auto& entry : entries_) {
    if (entry.counter) entry.counter->render(out);
    if (entry.gauge) entry.gauge->render(out);
    if (entry.histogram) entry.histogram->render(out);
  }
  return out;
}

std::vector<double> Registry::latency_buckets() {
  return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

}  // namespace pv::metrics
