extension ScriptReader {
    /// A mapping's pairs looked up by key (the first pair with that key).
    ///
    /// A searched array, not a dictionary: the mappings looked up by key (a node, a choice, an arm...) have a
    /// handful of keys, and a script has thousands of them, so hashing each key into a new table cost more
    /// than comparing a few strings.
    struct PairsByKey {
        /// The pairs in source order.
        let pairs: [Pair]

        /// The first pair whose key is `key`.
        subscript(key: String) -> Pair? {
            for pair in pairs where pair.key == key { return pair }
            return nil
        }
    }
}
