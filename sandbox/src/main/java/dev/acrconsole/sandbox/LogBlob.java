package dev.acrconsole.sandbox;

/** A run's log as a blob: its bytes so far, and whether the run has finished writing it. */
interface LogBlob {
    long length();

    boolean complete();

    /** The bytes in [from, to); both within {@link #length()}. */
    byte[] read(long from, long to);
}
