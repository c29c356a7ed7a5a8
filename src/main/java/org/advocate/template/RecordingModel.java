package org.advocate.template;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A view of a data model that records every variable a template reads, as dotted paths such as
 * {@code org.name} or {@code arguments[].body}, and can hide one path to see whether the template
 * still renders without it.
 */
public final class RecordingModel {
    private final Set<String> read = new LinkedHashSet<>();
    private final String hidden;

    public RecordingModel(String hidden) {
        this.hidden = hidden;
    }

    /** The paths read so far, in the order first read. */
    public Set<String> read() {
        return read;
    }

    /** Wraps a top-level model. */
    public Map<String, Object> view(Map<String, Object> model) {
        return new View(model, "");
    }

    private Object wrap(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) map;
            return new View(m, path + ".");
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(wrap(item, path + "[]"));
            }
            return out;
        }
        return value;
    }

    private final class View extends AbstractMap<String, Object> {
        private final Map<String, Object> delegate;
        private final String prefix;

        View(Map<String, Object> delegate, String prefix) {
            this.delegate = delegate;
            this.prefix = prefix;
        }

        @Override
        public Object get(Object key) {
            String path = prefix + key;
            read.add(path);
            if (path.equals(hidden)) {
                return null;
            }
            return wrap(delegate.get(key), path);
        }

        @Override
        public boolean containsKey(Object key) {
            String path = prefix + key;
            read.add(path);
            return !path.equals(hidden) && delegate.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> visible = new LinkedHashMap<>();
            delegate.forEach(
                    (k, v) -> {
                        if (!(prefix + k).equals(hidden)) {
                            visible.put(k, wrap(v, prefix + k));
                        }
                    });
            return visible.entrySet();
        }
    }
}
