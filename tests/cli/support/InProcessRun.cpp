#include "InProcessRun.h"

#include "StderrCapture.h"
#include "cli/CommandLine.h"

#include <QSignalSpy>

InProcessRun InProcessRun::of(Command *command, const QStringList &args, int timeoutMs)
{
    CommandLine cli;
    cli.add(command);
    QSignalSpy finished(&cli, &CommandLine::finished);
    StderrCapture capture;
    if (!capture.ok())
        qFatal("cannot capture stderr");
    cli.start(args);
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    InProcessRun run;
    run.err = QString::fromUtf8(capture.take());
    run.exitCode = finished.isEmpty() ? -1 : finished.first().first().toInt();
    return run;
}
