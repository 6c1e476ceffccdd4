package vn.egov.shared;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Imports of files run one at a time on each node. An import reads a whole file and writes it in one transaction;
 * two at once double the memory and contend for the same rows, and an administrator who clicks twice gets two
 * imports of one file. The second is refused at once with a message to try again ({@link StateConflict}, a 409),
 * rather than queued behind the first where the browser would time out.
 */
public final class ImportGate {

    private static final Semaphore turn = new Semaphore(1);

    private ImportGate() {}

    /** Runs the import if no other runs on this node, else refuses it. */
    public static <T> T oneAtATime(Supplier<T> importing) {
        if (!turn.tryAcquire()) {
            throw new StateConflict("import.error.busy");
        }
        try {
            return importing.get();
        } finally {
            turn.release();
        }
    }
}
