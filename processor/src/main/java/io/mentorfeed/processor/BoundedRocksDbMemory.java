package io.mentorfeed.processor;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One block cache and one memtable budget for every RocksDB store of the processor, instead of RocksDB's per-store
 * defaults (each of the ~40 store instances of one machine could otherwise grow a cache and three 16 MB memtables of
 * its own): the off-heap memory of the state stays bounded whatever the number of partitions and stores. Index and
 * filter blocks are counted in the cache. Streams config keys {@link #CACHE_BYTES} and {@link #MEMTABLE_BYTES};
 * the memtables' share is charged to the cache. A budget of 16 MB of memtables made every store flush tiny files
 * and cut throughput by ten (bench/README.md): the defaults are measured, not guessed.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {
    public static final String CACHE_BYTES = "mentorfeed.processor.rocksdb.cache.bytes";
    public static final String MEMTABLE_BYTES = "mentorfeed.processor.rocksdb.memtable.bytes";
    public static final long DEFAULT_CACHE_BYTES = 128L * 1024 * 1024;
    public static final long DEFAULT_MEMTABLE_BYTES = 64L * 1024 * 1024;

    /** Shared by every store of this JVM, as RocksDB means them to be; never closed with one store. */
    private static Cache cache;
    private static WriteBufferManager memtables;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        long cacheBytes = bytes(configs, CACHE_BYTES, DEFAULT_CACHE_BYTES);
        long memtableBytes = bytes(configs, MEMTABLE_BYTES, DEFAULT_MEMTABLE_BYTES);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(sharedCache(cacheBytes));
        table.setCacheIndexAndFilterBlocks(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(sharedMemtables(memtableBytes, cacheBytes));
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write-buffer manager belong to the other stores too.
    }

    private static long bytes(Map<String, Object> configs, String key, long fallback) {
        Object configured = configs.get(key);
        return configured == null ? fallback : Long.parseLong(configured.toString());
    }

    private static synchronized Cache sharedCache(long bytes) {
        if (cache == null) {
            cache = new LRUCache(bytes, -1, false, 0.1);
        }
        return cache;
    }

    private static synchronized WriteBufferManager sharedMemtables(long bytes, long cacheBytes) {
        if (memtables == null) {
            memtables = new WriteBufferManager(bytes, sharedCache(cacheBytes));
        }
        return memtables;
    }
}
