package io.relulab.diagnostics;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The common part of {@link IntList} and {@link DoubleList}: an unmodifiable random-access list over a primitive
 * array, which holds no {@code null} and, like {@link java.util.List#of}, rejects a search for {@code null}
 * ({@code indexOf}, {@code lastIndexOf}, {@code contains} throw {@link NullPointerException}).
 */
abstract class NullFreeList<E> extends AbstractList<E> implements RandomAccess {

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o);
        return super.indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        return super.lastIndexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
