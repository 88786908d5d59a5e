internal import Yams

extension ValueReader {
    /// Logs a warning about this value.
    func warning(_ message: String) {
        log.warning(message, at: mark, keyPath: keyPath)
    }

    /// The value at `key` of a mapping, without checking the mapping's keys again.
    func child(_ key: String) -> ValueReader? {
        guard case .mapping(let mapping) = node else { return nil }
        for (keyNode, value) in mapping where keyNode.scalar?.string == key {
            return ValueReader(value, keyPath: keyPath.isEmpty ? key : "\(keyPath).\(key)", log: log, keyMark: keyNode.mark)
        }
        return nil
    }

    /// The `index`-th element of a list.
    func element(_ index: Int) -> ValueReader? {
        guard case .sequence(let sequence) = node, sequence.indices.contains(index) else { return nil }
        return ValueReader(sequence[index], keyPath: "\(keyPath)[\(index)]", log: log)
    }
}
