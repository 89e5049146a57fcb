/// Working storage a caller keeps from line to line when it assesses many (`safety scan`): the line's word
/// columns keep their capacity, and a `WordMemo` remembers how words the rules do not know were looked up.
///
/// Results are the same with or without it. One scratch serves one thread; it may move between routers
/// (its memo is cleared when the router's tables differ).
public struct RouterScratch {
    /// The line's word columns (copies of a scratch share them, as they share the memo).
    let columns: WordColumns
    private var memo: MemoStorage?
    /// The tables (core and extra) the memo's entries were looked up in.
    private var owner: (ObjectIdentifier, ObjectIdentifier?)?

    /// Storage for a scan of many lines, with a word memo.
    public init() {
        columns = WordColumns()
        memo = MemoStorage()
    }

    /// Storage for a single line: nothing kept, no memo.
    init(single: ()) {
        columns = WordColumns(capacity: 32)
        memo = nil
    }

    /// The memo, emptied first if it was filled with other tables.
    mutating func memo(for tables: CompiledRules, extra: ExtensionTables?) -> WordMemo? {
        guard let memo else { return nil }
        let key = (ObjectIdentifier(tables), extra.map(ObjectIdentifier.init))
        if let owner, owner.0 == key.0, owner.1 == key.1 { return memo.memo }
        self.memo = MemoStorage()
        owner = key
        return self.memo?.memo
    }

    /// Owns a memo's storage.
    private final class MemoStorage {
        let memo = WordMemo.allocate()
        deinit { memo.deallocate() }
    }
}
