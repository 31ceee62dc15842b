package dev.acrconsole.ui.runlogs;

import javafx.collections.ObservableListBase;

/** The numbers 0..size-1 as a list that only grows: a ListView of a log's lines without a boxed item per line. */
final class LineIndexList extends ObservableListBase<Integer> {
    private int size;

    void growTo(int newSize) {
        if (newSize <= size) {
            return;
        }
        int old = size;
        beginChange();
        size = newSize;
        nextAdd(old, newSize);
        endChange();
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
