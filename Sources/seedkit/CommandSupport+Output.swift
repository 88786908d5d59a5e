import ArgumentParser
import Foundation
import SeedKit

extension CommandSupport {
    /// The sink for `target` (see ``makeSink(for:replace:schema:selection:)``), recording `provenance`.
    static func makeSink(for target: OutputTarget, replace: Bool, schema: PostgresSink.SchemaMode?,
                         selection: TenantSelection, provenance: Provenance) throws -> any RowSink {
        let sink = try makeSink(for: target, replace: replace, schema: schema, selection: selection)
        (sink as? any ProvenanceRecordingSink)?.provenance = provenance
        return sink
    }

    /// Stops, exit 74, when a file target's folder does not exist: `--out` never creates folders,
    /// so a mistyped path does not scatter new ones.
    static func checkFolderExists(for target: OutputTarget) throws {
        let path: String
        switch target {
        case .sqliteFile(let file), .sqlFile(let file, _): path = file
        case .postgres: return
        }
        try checkFolderExists(forFile: path)
    }

    /// Stops, exit 74, when the folder `file` would be written in does not exist.
    static func checkFolderExists(forFile file: String) throws {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            printError("cannot write \(file): the folder \(folder) does not exist (create it first, or write elsewhere)")
            throw ExitCode(ExitStatus.writeFailed)
        }
    }
}

/// Where `--out -` builds its SQL file before copying it to standard output, so that a failed
/// run prints nothing at all.
struct StandardOutputFile {
    let folder: URL
    let path: String

    init(scenarioName: String) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("seedkit-stdout-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            CommandSupport.printError("cannot create a temporary folder in \(FileManager.default.temporaryDirectory.path)")
            throw ExitCode(ExitStatus.writeFailed)
        }
        path = folder.appendingPathComponent("\(scenarioName).sql").path
    }

    /// Copies the finished file to standard output, a megabyte at a time.
    func copyToStandardOutput() throws {
        guard let input = FileHandle(forReadingAtPath: path) else {
            CommandSupport.printError("cannot read back \(path)")
            throw ExitCode(ExitStatus.writeFailed)
        }
        defer { try? input.close() }
        while true {
            let chunk = input.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            FileHandle.standardOutput.write(chunk)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
