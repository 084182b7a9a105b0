import Foundation
import GRDB

extension Store {
    /// Which of `ids` are deeds in the database: for checking that the deeds analysts reviewed exist.
    package func existingDeeds(among ids: Set<String>) throws(StoreError) -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM deed WHERE id = ?")
            return Set(try ids.filter { try Bool.fetchOne(statement, arguments: [$0]) ?? false })
        }
    }
}
