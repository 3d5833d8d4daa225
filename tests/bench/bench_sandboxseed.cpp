#include "datastore.h"
#include "demo/demoorganization.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <sys/resource.h>

#include <cstdio>

// How long growing the demo organisation takes and how much memory it holds, at the default
// size and at 30 times that (the targets: well under a second, and under 10 s and 1 GB). Wall
// time is printed next to CPU time because a busy build machine inflates the former.
// Usage: bench_sandboxseed [scale...]   (default: 1 1 30)
namespace {
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void measure(double scale, quint32 seed)
{
    QElapsedTimer timer;
    DataStore store;
    const double cpuBefore = cpuSeconds();
    timer.start();
    DemoOrganization::populate(store, seed, scale);
    const qint64 seedMs = timer.elapsed();
    const double seedCpu = cpuSeconds() - cpuBefore;
    const qint64 rss = statusKb("VmRSS");

    // Content is made on first use; a supervisor opening conversations one by one pays this.
    const qint64 total = qint64(store.conversations.size());
    const qint64 samples = qMin<qint64>(total, 1000);
    qint64 messages = 0;
    timer.restart();
    for (qint64 i = 0; i < samples; ++i)
        messages += store.peekContent(1 + i * (total / qMax<qint64>(samples, 1))).messages.size();
    const qint64 contentMs = timer.elapsed();

    std::printf("scale %5.1f: %6lld end users %7lld conversations  seeded in %6lld ms wall "
                "(%6.0f ms cpu), RSS %7lld KiB, peak RSS %7lld KiB; content of %lld "
                "conversations (%lld messages) in %lld ms\n",
                scale, qint64(store.endUsers.size()), total, seedMs, seedCpu * 1000.0, rss,
                statusKb("VmHWM"), samples, messages, contentMs);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<double> scales;
    for (const QString &argument : app.arguments().mid(1))
        scales.append(argument.toDouble());
    // Twice at scale 1: the first run also reads and parses the word lists.
    if (scales.isEmpty())
        scales = {1.0, 1.0, 30.0};
    std::printf("start: peak RSS %lld KiB\n", statusKb("VmHWM"));
    for (const double scale : scales)
        measure(scale, 1);
    return 0;
}
