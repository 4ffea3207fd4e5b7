package io.mentorfeed.processor;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One block cache and one write-buffer budget for every RocksDB store of the processor, instead of RocksDB's
 * per-store defaults (each of the ~40 store instances of one machine could otherwise grow a cache and three 16 MB
 * memtables of its own): the off-heap memory of the state stays bounded whatever the number of partitions and
 * stores. Index and filter blocks are counted in the cache too. The budget is a JVM-wide choice, read from the
 * Streams config under {@link #CACHE_BYTES} (default {@link #DEFAULT_CACHE_BYTES}); memtables take a quarter of it.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {
    public static final String CACHE_BYTES = "mentorfeed.processor.rocksdb.cache.bytes";
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;

    /** Shared by every store of this JVM; RocksDB objects are closed with the JVM, never per store. */
    private static Cache cache;
    private static WriteBufferManager writeBuffers;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object configured = configs.get(CACHE_BYTES);
        long bytes = configured == null ? DEFAULT_CACHE_BYTES : Long.parseLong(configured.toString());
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(sharedCache(bytes));
        table.setCacheIndexAndFilterBlocks(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(sharedWriteBuffers(bytes));
        options.setTableFormatConfig(table);
        options.setMaxWriteBufferNumber(2);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and write-buffer manager are shared by the other stores: not closed with one of them.
    }

    private static synchronized Cache sharedCache(long bytes) {
        if (cache == null) {
            cache = new LRUCache(bytes, -1, false, 0.1);
        }
        return cache;
    }

    private static synchronized WriteBufferManager sharedWriteBuffers(long bytes) {
        if (writeBuffers == null) {
            writeBuffers = new WriteBufferManager(bytes / 4, sharedCache(bytes));
        }
        return writeBuffers;
    }
}
