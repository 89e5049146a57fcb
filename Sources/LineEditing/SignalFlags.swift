#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals noted by async-signal-safe handlers and polled by the readers.
///
/// Handlers only store a flag; the reading loop notices it because the handlers are installed
/// without `SA_RESTART`, so a blocking `read` or `select` returns `EINTR`.
public enum SignalFlags {
    nonisolated(unsafe) static var interrupt: sig_atomic_t = 0
    nonisolated(unsafe) static var terminate: sig_atomic_t = 0
    nonisolated(unsafe) static var installed = false

    /// Installs the SIGINT, SIGTERM and SIGHUP handlers once.
    public static func install() {
        if installed { return }
        installed = true
        handle(SIGINT) { _ in SignalFlags.interrupt = 1 }
        handle(SIGTERM) { _ in SignalFlags.terminate = 1 }
        handle(SIGHUP) { _ in SignalFlags.terminate = 1 }
        // A parent may have started us with these blocked (the mask is inherited); unblock them so
        // a run can always be interrupted and saved.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&wanted, signal) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
    }

    /// Whether SIGTERM or SIGHUP has arrived.
    public static var terminationRequested: Bool { terminate != 0 }

    /// Takes (and clears) a pending SIGINT (Ctrl-C).
    public static func takeInterrupt() -> Bool {
        if interrupt == 0 { return false }
        interrupt = 0
        return true
    }

    private static func handle(_ signal: Int32, _ body: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = body
        #else
        action.__sigaction_u.__sa_handler = body
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }
}
