package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrEmpty = errors.New("buffer empty")
	ErrFull  = errors.New("buffer full")
)

type Buffer[T any] struct {
	data        []T
	head, count int
}

func NewBuffer[T any](size int) *Buffer[T] {
	return &Buffer[T]{data: make([]T, size)}
}

func (b *Buffer[T]) Read() (T, error) {
	var zero T
	if b.count == 0 {
		return zero, ErrEmpty
	}
	v := b.data[b.head]
	b.data[b.head] = zero
	b.head = (b.head + 1) % len(b.data)
	b.count--
	return v, nil
}

func (b *Buffer[T]) Write(v T) error {
	if b.count == len(b.data) {
		return ErrFull
	}
	b.data[(b.head+b.count)%len(b.data)] = v
	b.count++
	return nil
}

func (b *Buffer[T]) Overwrite(v T) {
	if b.count == len(b.data) {
		_, _ = b.Read() // drop the oldest element
	}
	_ = b.Write(v)
}

func (b *Buffer[T]) Reset() { *b = *NewBuffer[T](len(b.data)) }

func (b *Buffer[T]) String() string {
	items := make([]string, b.count)
	for i := range items {
		items[i] = fmt.Sprint(b.data[(b.head+i)%len(b.data)])
	}
	return "[" + strings.Join(items, " ") + "]"
}

func main() {
	b := NewBuffer[rune](3)
	type step struct {
		op      string
		arg     rune
		want    rune
		wantErr error
	}
	steps := []step{
		{"read", 0, 0, ErrEmpty}, {"write", '1', 0, nil}, {"write", '2', 0, nil},
		{"read", 0, '1', nil}, {"write", '3', 0, nil}, {"write", '4', 0, nil},
		{"write", '5', 0, ErrFull}, {"overwrite", 'A', 0, nil}, {"read", 0, '3', nil},
		{"read", 0, '4', nil}, {"read", 0, 'A', nil}, {"read", 0, 0, ErrEmpty},
		{"overwrite", 'x', 0, nil}, {"reset", 0, 0, nil}, {"read", 0, 0, ErrEmpty},
	}
	for i, s := range steps {
		var got rune
		var err error
		switch s.op {
		case "read":
			got, err = b.Read()
		case "write":
			err = b.Write(s.arg)
		case "overwrite":
			b.Overwrite(s.arg)
		case "reset":
			b.Reset()
		}
		status := "PASS"
		if got != s.want || err != s.wantErr {
			status = "FAIL"
		}
		fmt.Printf("%s %2d %-9s got=%q err=%v state=%v\n", status, i, s.op, got, err, b)
	}
	ints := NewBuffer[int](2)
	for i := 1; i <= 5; i++ {
		ints.Overwrite(i * i)
	}
	fmt.Println("ints after overwrites:", ints)
}
