extension ValueReader {
    /// The value at `key` of a mapping, without checking the mapping's keys again.
    func child(_ key: String) -> ValueReader? {
        guard case .mapping(let pairs, _) = node else { return nil }
        for pair in pairs {
            guard case .scalar(let name) = pair.key, name.string == key else { continue }
            return ValueReader(pair.value, keyPath: keyPath.isEmpty ? key : "\(keyPath).\(key)", log: log, keyMark: pair.key.mark)
        }
        return nil
    }

    /// The `index`-th element of a list.
    func element(_ index: Int) -> ValueReader? {
        guard case .sequence(let elements, _) = node, elements.indices.contains(index) else { return nil }
        return ValueReader(elements[index], keyPath: "\(keyPath)[\(index)]", log: log)
    }
}
