// pv::metrics: a small Prometheus registry (text exposition format 0.0.4) that the
// API layer, the scheduler and the publisher record into and that /metrics
// renders. Counters, gauges and histograms with fixed buckets, each a family with
// fixed label names; a child per combination of label values, made on first use.
//
// Thread-safety: everything may be called from any thread. A family, and a child
// returned by with(), lives as long as the Registry; callers may keep references.
// Registration mistakes (a bad name, the same name with another type, labels or
// buckets, a wrong number of label values) are programming errors and throw
// std::invalid_argument, at startup in practice.
#pragma once

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace pv::metrics {

using Labels = std::vector<std::string>;  // values, in the order of the family's label names

class Counter {
 public:
  void inc(double amount = 1);  // amount >= 0
  double value() const { return value_.load(); }

 private:
  std::atomic<double> value_{0};
};

class Gauge {
 public:
  void set(double v) { value_.store(v); }
  void add(double amount) { value_.fetch_add(amount); }
  double value() const { return value_.load(); }

 private:
  std::atomic<double> value_{0};
};

class Histogram {
 public:
  explicit Histogram(const std::vector<double>& bounds) : bounds_(bounds), counts_(bounds.size()) {}
  void observe(double v);
  struct Snapshot {
    std::vector<std::uint64_t> cumulative;  // one per bound
    std::uint64_t count = 0;
    double sum = 0;
  };
  Snapshot snapshot() const;

 private:
  const std::vector<double>& bounds_;  // the family's
  mutable std::mutex mutex_;
  std::vector<std::uint64_t> counts_;  // per bucket, not cumulative
  std::uint64_t count_ = 0;
  double sum_ = 0;
};

enum class Type { kCounter, kGauge, kHistogram };

// One metric name with its label names and its children.
template <class Child>
class Family {
 public:
  Family(std::string name, std::string help, Labels label_names, std::vector<double> bounds = {})
      : name_(std::move(name)),
        help_(std::move(help)),
        label_names_(std::move(label_names)),
        bounds_(std::move(bounds)) {}

  // The child for these label values (as many as the family has label names).
  Child& with(const Labels& values);
  // Appends this family in the text exposition format.
  void render(std::string& out) const;

  const std::string& name() const { return name_; }
  const Labels& label_names() const { return label_names_; }
  const std::vector<double>& bounds() const { return bounds_; }

 private:
  std::string name_;
  std::string help_;
  Labels label_names_;
  std::vector<double> bounds_;  // histograms only
  mutable std::mutex mutex_;
  std::map<Labels, std::unique_ptr<Child>> children_;
};

extern template class Family<Counter>;
extern template class Family<Gauge>;
extern template class Family<Histogram>;

class CounterFamily : public Family<Counter> {
 public:
  using Family::Family;
  void inc(const Labels& values = {}, double amount = 1) { with(values).inc(amount); }
};
class GaugeFamily : public Family<Gauge> {
 public:
  using Family::Family;
  void set(const Labels& values, double v) { with(values).set(v); }
};
class HistogramFamily : public Family<Histogram> {
 public:
  using Family::Family;
  void observe(const Labels& values, double v) { with(values).observe(v); }
};

class Registry {
 public:
  // Registering a name again with the same type, labels and buckets returns the
  // same family.
  CounterFamily& counter(const std::string& name, const std::string& help, Labels label_names = {});
  GaugeFamily& gauge(const std::string& name, const std::string& help, Labels label_names = {});
  // `bounds`: the buckets' upper bounds, strictly increasing (+Inf is implied).
  HistogramFamily& histogram(const std::string& name, const std::string& help,
                             std::vector<double> bounds, Labels label_names = {});

  // The text exposition format, families in registration order, children sorted
  // by label values. Serve as "text/plain; version=0.0.4; charset=utf-8".
  std::string render() const;

  // Seconds, for request latency: 5 ms to 10 s.
  static std::vector<double> latency_buckets();

 private:
  struct Entry {
    Type type;
    std::unique_ptr<CounterFamily> counter;
    std::unique_ptr<GaugeFamily> gauge;
    std::unique_ptr<HistogramFamily> histogram;
  };
  Entry& find_or_add(Type type, const std::string& name, const std::string& help,
                     Labels label_names, std::vector<double> bounds);

  mutable std::mutex mutex_;
  std::deque<Entry> entries_;
};

inline constexpr const char* kContentType = "text/plain; version=0.0.4; charset=utf-8";

}  // namespace pv::metrics
