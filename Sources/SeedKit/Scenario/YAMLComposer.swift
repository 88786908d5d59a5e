internal import CYaml

/// Builds ``YAMLNode``s from libyaml's events, within ``YAMLDocument/Limits``.
///
/// Yams' composer cannot be bounded: an alias is shared, not copied, but hashing a mapping's
/// keys to find repeats walks every alias in full, so a kilobyte of nested aliases (a "billion
/// laughs") costs minutes and gigabytes before any node is returned. Here each anchored node
/// records how many values it stands for, an alias adds that many to the document's count, and
/// composing stops at the first limit crossed. Repeated keys are left in place for
/// ``MappingReader`` to report, so one pass reads the whole document.
final class YAMLComposer {
    /// Why composing stopped: libyaml's error, or a limit crossed (already worded).
    enum Failure: Error {
        case libyaml(problem: String, context: (text: String, mark: SourceMark)?, mark: SourceMark)
        case reader(problem: String, byteOffset: Int)
        case limit(String, mark: SourceMark)
    }

    private var parser = yaml_parser_t()
    private let limits: YAMLDocument.Limits
    /// Each anchor's node and the number of values it stands for, aliases expanded.
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var values = 0
    private var aliasValues = 0
    private var depth = 0

    private init(limits: YAMLDocument.Limits) {
        self.limits = limits
    }

    /// The single document in `text` (an empty scalar when there is none).
    static func compose(_ text: String, limits: YAMLDocument.Limits) throws(Failure) -> YAMLNode {
        var text = text
        let composer = YAMLComposer(limits: limits)
        let result = text.withUTF8 { bytes in Result { () throws(Failure) in try composer.run(bytes) } }
        return try result.get()
    }

    deinit { yaml_parser_delete(&parser) }

    private func run(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> YAMLNode {
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        _ = try next()  // stream start
        var event = try next()
        guard event.type == YAML_DOCUMENT_START_EVENT else { return .scalar(.init(string: "", style: .plain, mark: SourceMark(line: 1, column: 1))) }
        let root = try node(from: next())
        _ = try next()  // document end
        event = try next()
        if event.type == YAML_DOCUMENT_START_EVENT {
            throw .libyaml(problem: "but found another document",
                           context: ("expected a single document in the stream", SourceMark(line: 1, column: 1)), mark: event.mark)
        }
        return root
    }

    /// libyaml's next event, copied out of its C representation.
    private func next() throws(Failure) -> Event {
        var raw = yaml_event_t()
        guard yaml_parser_parse(&parser, &raw) == 1 else { throw failure() }
        defer { yaml_event_delete(&raw) }
        return Event(raw)
    }

    private func node(from event: Event) throws(Failure) -> YAMLNode {
        switch event.type {
        case YAML_ALIAS_EVENT:
            guard let anchored = anchors[event.anchor ?? ""] else {
                throw .libyaml(problem: "found undefined alias", context: nil, mark: event.mark)
            }
            aliasValues += anchored.size
            values += anchored.size
            if aliasValues > limits.aliasValues {
                throw .limit("aliases expand to more than \(limits.aliasValues) values (the limit); "
                    + "write the values out instead of repeating aliases", mark: event.mark)
            }
            try checkValueCount(at: event.mark)
            return anchored.node
        case YAML_SCALAR_EVENT:
            values += 1
            try checkValueCount(at: event.mark)
            let node = YAMLNode.scalar(.init(string: event.value, style: YAMLNode.Style(rawValue: event.style) ?? .any, mark: event.mark))
            register(event.anchor, node, size: 1)
            return node
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            return try collection(from: event)
        default:
            throw .libyaml(problem: "unexpected event", context: nil, mark: event.mark)
        }
    }

    private func collection(from start: Event) throws(Failure) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        if depth > limits.depth {
            throw .limit("lists and mappings nest more than \(limits.depth) deep (the limit)", mark: start.mark)
        }
        values += 1
        try checkValueCount(at: start.mark)
        let before = values
        let node: YAMLNode
        if start.type == YAML_SEQUENCE_START_EVENT {
            var nodes: [YAMLNode] = []
            var event = try next()
            while event.type != YAML_SEQUENCE_END_EVENT {
                nodes.append(try self.node(from: event))
                event = try next()
            }
            node = .sequence(nodes, mark: start.mark)
        } else {
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var event = try next()
            while event.type != YAML_MAPPING_END_EVENT {
                let key = try self.node(from: event)
                let value = try self.node(from: next())
                pairs.append((key, value))
                event = try next()
            }
            node = .mapping(pairs, mark: start.mark)
        }
        register(start.anchor, node, size: values - before + 1)
        return node
    }

    private func checkValueCount(at mark: SourceMark) throws(Failure) {
        if values > limits.values {
            throw .limit("the document has more than \(limits.values) values (the limit)", mark: mark)
        }
    }

    private func register(_ anchor: String?, _ node: YAMLNode, size: Int) {
        if let anchor { anchors[anchor] = (node, size) }
    }

    /// libyaml's error, with 1-based marks as Yams reports them.
    private func failure() -> Failure {
        func mark(_ mark: yaml_mark_t) -> SourceMark { SourceMark(line: mark.line + 1, column: mark.column + 1) }
        let problem = parser.problem.map { String(cString: $0) } ?? "libyaml failed"
        switch parser.error {
        case YAML_READER_ERROR:
            return .reader(problem: problem, byteOffset: parser.problem_offset)
        case YAML_MEMORY_ERROR:
            return .limit("libyaml ran out of memory", mark: SourceMark(line: 1, column: 1))
        default:
            let context = parser.context.map { (String(cString: $0), mark(parser.context_mark)) }
            return .libyaml(problem: problem, context: context, mark: mark(parser.problem_mark))
        }
    }

    /// The parts of a libyaml event the composer reads, copied before the event is freed.
    private struct Event {
        let type: yaml_event_type_t
        let mark: SourceMark
        var anchor: String?
        var value = ""
        var style: UInt32 = 0

        init(_ event: yaml_event_t) {
            type = event.type
            mark = SourceMark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
            func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
                pointer.map { String(cString: $0) }
            }
            switch event.type {
            case YAML_ALIAS_EVENT:
                anchor = text(event.data.alias.anchor)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                anchor = text(scalar.anchor)
                value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                style = scalar.style.rawValue
            case YAML_SEQUENCE_START_EVENT:
                anchor = text(event.data.sequence_start.anchor)
            case YAML_MAPPING_START_EVENT:
                anchor = text(event.data.mapping_start.anchor)
            default:
                break
            }
        }
    }
}
