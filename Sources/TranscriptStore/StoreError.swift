/// A failure of the transcript store, phrased so the command line can print it as is.
///
/// Every case that concerns the database file names its path. None of them means data was
/// partly written: each store operation is one transaction that either happened or did not.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not an Alongside database (random bytes, damaged pages, or another program's SQLite file).
    case corrupt(path: String)
    /// Another connection held the database for longer than the busy timeout.
    case locked(path: String)
    /// The file or its folder cannot be created, opened or written.
    case unwritable(path: String, reason: String)
    /// The disk holding the database is full.
    case full(path: String)
    /// The database was migrated by a newer build of Alongside that this build does not understand.
    case newerSchema(path: String)
    /// A session or other item asked for by id does not exist (e.g. "session 12").
    case notFound(String)
    /// A request the store cannot carry out as given (bad search syntax, a rating out of range...).
    case invalid(String)

    /// One calm line that names the file (where there is one) and says what to do next.
    public var description: String {
        switch self {
        case .corrupt(let path):
            return "The database at \(path) is not a valid Alongside database (it may be damaged, "
                + "or belong to another program). It was not changed. Move it aside or pass --db to use another file."
        case .locked(let path):
            return "The database at \(path) is busy: another Alongside window or program is using it. "
                + "Close the other one and try again."
        case .unwritable(let path, let reason):
            return "Alongside cannot write the database at \(path) (\(reason)). "
                + "Check the folder's permissions or pass --db to use another file."
        case .full(let path):
            return "The disk holding \(path) is full, so the last step was not saved. "
                + "Free some space and try again."
        case .newerSchema(let path):
            return "The database at \(path) was written by a newer version of Alongside. "
                + "It was not changed. Update Alongside or pass --db to use another file."
        case .notFound(let what):
            return "There is no \(what) in the transcript store."
        case .invalid(let message):
            return message
        }
    }
}
