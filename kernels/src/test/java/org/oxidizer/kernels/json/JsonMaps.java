package org.oxidizer.kernels.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Seeded word-count maps of every kind the writer meets: HashMap/LinkedHashMap/TreeMap, odd keys, nulls. */
final class JsonMaps {

    /** Keys that exercise every escape, width and surrogate case, next to plain words. */
    static final String[] ODD_KEYS = {"", "say \"hi\"", "C:\\temp\\", "a\nb", "\r\n", "\t", "\b\f", "\u0000",
        "\u0001\u001F", "\u007F", "\u0085", "\u00A0", "ÿ", "Ā", "用户", "😀", "\uD83D", "\uDE00x", "x\uDBFF",
        "\uDC00\uD800", "\u2028", "\u2029", "a\u2028b\u2029", "\uFEFF", "\uFFFF", "é\"\\é", "/</script>"};

    private final Random random;

    JsonMaps(long seed) {
        random = new Random(seed);
    }

    List<Map<String, Integer>> maps(int count) {
        List<Map<String, Integer>> maps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            maps.add(map());
        }
        return maps;
    }

    Map<String, Integer> map() {
        int kind = random.nextInt(40);
        if (kind == 0) {
            return null;
        }
        Map<String, Integer> map = kind == 1 ? new TreeMap<>() : kind == 2 ? new LinkedHashMap<>() : new HashMap<>();
        int entries = random.nextInt(10) == 0 ? random.nextInt(200) : random.nextInt(12);
        for (int e = 0; e < entries; e++) {
            Integer value = value();
            if (value == null) {
                map.put(key(), null);
            } else {
                map.merge(key(), value, Integer::sum);
            }
        }
        if (kind > 2 && random.nextInt(30) == 0) {
            map.put(null, value());
        }
        return map;
    }

    String key() {
        int kind = random.nextInt(50);
        if (kind == 0) {
            return ODD_KEYS[random.nextInt(ODD_KEYS.length)];
        }
        if (kind == 1) {
            StringBuilder key = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                key.append((char) random.nextInt(0x10000));
            }
            return key.toString();
        }
        return "word" + random.nextInt(kind < 25 ? 30 : 3000);
    }

    Integer value() {
        switch (random.nextInt(60)) {
            case 0:
                return null;
            case 1:
                return Integer.MIN_VALUE;
            case 2:
                return Integer.MAX_VALUE;
            case 3:
                return -random.nextInt(1000);
            default:
                return random.nextInt(random.nextBoolean() ? 100 : 10_000_000);
        }
    }
}
