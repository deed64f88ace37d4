#include <QTest>

#include <climits>
#include <cstdlib>
#include <dlfcn.h>
#include <sys/wait.h>
#include <unistd.h>

// The sanitized build (PARKEXPLORER_SANITIZE, scripts/test.sh --sanitize)
// must really be sanitized, or its passing suite proves nothing: this fails
// unless AddressSanitizer and UndefinedBehaviorSanitizer are compiled in,
// linked and catch a real error. The ordinary build must be without them.

#if defined(__SANITIZE_ADDRESS__)
#define PE_ASAN_COMPILED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PE_ASAN_COMPILED 1
#endif
#endif
#ifndef PE_ASAN_COMPILED
#define PE_ASAN_COMPILED 0
#endif

#ifdef PARKEXPLORER_EXPECT_SANITIZED
constexpr bool expectSanitized = true;
#else
constexpr bool expectSanitized = false;
#endif

namespace {

bool hasSymbol(const char *name)
{
    return dlsym(RTLD_DEFAULT, name) != nullptr;
}

struct Outcome
{
    bool exitedCleanly = false;
    QByteArray output;
};

// Runs BODY in a forked child with its standard error captured. The child
// exits 0 if BODY returns, that is if nothing stopped it.
template <typename Body> Outcome inChild(Body body)
{
    Outcome outcome;
    int fds[2];
    if (pipe(fds) != 0)
        return outcome;
    const pid_t pid = fork();
    if (pid < 0)
        return outcome;
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], STDERR_FILENO);
        body();
        _exit(0);
    }
    close(fds[1]);
    char buffer[4096];
    ssize_t n;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        outcome.output.append(buffer, int(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    outcome.exitedCleanly = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return outcome;
}

} // namespace

class TestSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitizersAreCompiledInAsExpected() { QCOMPARE(bool(PE_ASAN_COMPILED), expectSanitized); }

    void sanitizerRuntimesAreLinkedAsExpected()
    {
        QCOMPARE(hasSymbol("__asan_init"), expectSanitized);
        QCOMPARE(hasSymbol("__ubsan_handle_add_overflow"), expectSanitized);
    }

    void heapOverflowIsCaught()
    {
        if (!expectSanitized)
            QSKIP("not a sanitized build: the overflow would go unnoticed");
        const Outcome outcome = inChild([] {
            char *bytes = static_cast<char *>(std::malloc(8));
            volatile int past = 8;
            volatile char value = bytes[past];
            (void)value;
            std::free(bytes);
        });
        QVERIFY(!outcome.exitedCleanly);
        QVERIFY2(outcome.output.contains("AddressSanitizer: heap-buffer-overflow"),
                 outcome.output.constData());
    }

    void signedOverflowIsCaught()
    {
        if (!expectSanitized)
            QSKIP("not a sanitized build: the overflow would go unnoticed");
        const Outcome outcome = inChild([] {
            volatile int big = INT_MAX;
            volatile int sum = big + 1;
            (void)sum;
        });
        QVERIFY(!outcome.exitedCleanly);
        QVERIFY2(outcome.output.contains("runtime error: signed integer overflow"),
                 outcome.output.constData());
    }
};

QTEST_APPLESS_MAIN(TestSanitizer)
#include "tst_sanitizer.moc"
