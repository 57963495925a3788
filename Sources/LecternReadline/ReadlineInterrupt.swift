import CReadline
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Set from the SIGINT handler, so it must be a lock-free atomic and nothing else.
private let interruptRequested = Atomic<Bool>(false)

/// Whether the line held text when Ctrl-C ended it; set and read on the thread reading lines.
private let interruptedLineHadText = Atomic<Bool>(false)

private func requestInterrupt(_ signal: Int32) {
    interruptRequested.store(true, ordering: .relaxed)
}

/// Ctrl-C while readline is reading: end the line and come back to the caller instead of dying.
///
/// Readline catches SIGINT itself, echoes `^C`, restores the terminal and then re-raises the signal to the handler
/// that was installed before it, which by default kills the process; ours only raises a flag. Readline's own key
/// reader (`rl_getc`) goes on waiting after calling `rl_signal_event_hook`, so a hook cannot make `readline()`
/// return; our key reader (`readInterruptibleKey`) sees the flag and answers a read error, which ends `readline()`
/// (NULL) from the main loop and aborts any sub-mode (incremental search, "display all?" questions) first.
enum ReadlineInterrupt {
    /// Installs the SIGINT handler and returns the disposition it replaced.
    static func install() -> sigaction {
        // Touch the global first so its lazy initialisation never runs inside the signal handler.
        interruptRequested.store(false, ordering: .relaxed)
        var previous = sigaction()
        _ = lectern_install_signal_handler(SIGINT, requestInterrupt, &previous)
        return previous
    }

    /// Puts back the SIGINT disposition `install` replaced.
    static func uninstall(restoring previous: sigaction) {
        var previous = previous
        _ = lectern_restore_signal_handler(SIGINT, &previous)
    }

    /// Forgets a Ctrl-C pressed while no line was being read.
    static func reset() {
        interruptRequested.store(false, ordering: .relaxed)
    }

    /// Whether Ctrl-C was pressed, clearing the flag.
    static func consume() -> Bool {
        interruptRequested.exchange(false, ordering: .relaxed)
    }

    static var isRequested: Bool {
        interruptRequested.load(ordering: .relaxed)
    }

    /// Whether the line Ctrl-C ended held text (it was cleared) or was empty (the learner may be trying to leave).
    static var clearedText: Bool {
        interruptedLineHadText.load(ordering: .relaxed)
    }
}

/// Readline's key reader (`rl_getc_function`): one byte from the terminal, or `READERR` after Ctrl-C.
///
/// Reads one byte at a time on purpose, as `rl_getc` does: readline decides whether an Escape starts a key sequence
/// by asking whether more bytes are waiting on the descriptor, which a private buffer would hide.
func readInterruptibleKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let descriptor = stream.map { fileno($0) } ?? STDIN_FILENO
    while true {
        if ReadlineInterrupt.isRequested {
            interruptedLineHadText.store(lectern_rl_line_length() > 0, ordering: .relaxed)
            // Any redisplay on the way out (a sub-mode's abort redraws the line) then ends on the last row.
            lectern_rl_move_point_to_end()
            return READERR
        }
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        if poll(&request, 1, -1) < 0 {
            guard errno == EINTR else { return READERR }
            handleSignalDuringRead()
            continue
        }
        var byte: UInt8 = 0
        let count = read(descriptor, &byte, 1)
        if count == 1 {
            return Int32(byte)
        }
        if count == 0 {
            return EOF
        }
        if errno == EINTR || errno == EAGAIN {
            continue
        }
        return READERR
    }
}

/// Lets readline act on a signal it caught while we waited: Ctrl-C is re-raised to `requestInterrupt`, Ctrl-Z stops
/// the process with the terminal restored, a resize redraws.
private func handleSignalDuringRead() {
    let signal = rl_pending_signal()
    rl_check_signals()
    if signal == SIGTSTP || signal == SIGTTIN || signal == SIGTTOU {
        // Back from `fg`: the shell has written over our line, so draw the prompt and the text again.
        _ = rl_forced_update_display()
    }
}
