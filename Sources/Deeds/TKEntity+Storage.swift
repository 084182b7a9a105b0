import Core
import Foundation

extension TKEntity {
    /// The entity in the compact binary form the store keeps (not JSON: it is written and read once per entity).
    package var stored: Data {
        var writer = CompactWriter()
        writer.write(Self.storageVersion)
        writer.write(type)
        writer.write(id)
        writer.write(updated)
        writer.write(deleted)
        for map in [fields.mapValues { [$0] }, repeated, refs] {
            writer.write(map.count)
            for (key, values) in map.sorted(by: { $0.key < $1.key }) {
                writer.write(key)
                writer.write(values)
            }
        }
        return writer.data
    }

    /// Reads what `stored` wrote.
    package init(stored data: Data) throws {
        var reader = CompactReader(data)
        guard try reader.int() == Self.storageVersion else { throw CompactReader.Malformed() }
        let type = try reader.string(), id = try reader.string(), updated = try reader.string()
        let deleted = try reader.bool()
        var maps: [[String: [String]]] = []
        for _ in 0..<3 {
            var map: [String: [String]] = [:]
            for _ in 0..<(try reader.int()) {
                let key = try reader.string()
                map[key] = try reader.strings()
            }
            maps.append(map)
        }
        self.init(
            type: type, id: id, updated: updated, deleted: deleted, fields: maps[0].compactMapValues(\.first),
            refs: maps[2])
        repeated = maps[1]
    }

    private static let storageVersion = 1
}
