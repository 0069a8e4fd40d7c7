package media.polyglot.local.engine.dynamodb;

import media.polyglot.local.engine.dynamodb.sqlite.IndexStore;
import media.polyglot.local.engine.dynamodb.sqlite.ItemStore;
import media.polyglot.local.engine.dynamodb.sqlite.SqliteDatabase;
import media.polyglot.local.engine.dynamodb.sqlite.StreamStore;
import media.polyglot.local.engine.dynamodb.sqlite.TagStore;

/** The engine's SQLite stores besides the tables', handed together to the classes that need several. */
record Stores(ItemStore items, IndexStore indexes, StreamStore streams, TagStore tags) {

    static Stores of(SqliteDatabase database) {
        return new Stores(new ItemStore(database), new IndexStore(database), new StreamStore(database),
                new TagStore(database));
    }
}
