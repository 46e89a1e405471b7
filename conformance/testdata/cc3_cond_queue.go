package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrClosed = errors.New("queue closed")

type Item struct {
	Producer int
	Seq      int
}

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	buf      []Item
	capacity int
	closed   bool
	maxLen   int
}

func NewBoundedQueue(capacity int) *BoundedQueue {
	q := &BoundedQueue{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(it Item) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.buf) == q.capacity && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.buf = append(q.buf, it)
	q.maxLen = max(q.maxLen, len(q.buf))
	q.notEmpty.Signal()
	return nil
}

func (q *BoundedQueue) Take() (Item, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.buf) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.buf) == 0 {
		return Item{}, ErrClosed
	}
	it := q.buf[0]
	q.buf = q.buf[1:]
	q.notFull.Signal()
	return it, nil
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func main() {
	q := NewBoundedQueue(4)
	const producers, consumers, perProducer = 3, 2, 8

	var prodWG, consWG sync.WaitGroup
	var mu sync.Mutex
	var got []Item
	for c := 0; c < consumers; c++ {
		consWG.Go(func() {
			for {
				it, err := q.Take()
				if err != nil {
					return
				}
				mu.Lock()
				got = append(got, it)
				mu.Unlock()
			}
		})
	}
	for p := 0; p < producers; p++ {
		prodWG.Go(func() {
			for s := 0; s < perProducer; s++ {
				if err := q.Put(Item{Producer: p, Seq: s}); err != nil {
					panic(err)
				}
			}
		})
	}
	prodWG.Wait()
	q.Close()
	consWG.Wait()

	sort.Slice(got, func(i, j int) bool {
		if got[i].Producer != got[j].Producer {
			return got[i].Producer < got[j].Producer
		}
		return got[i].Seq < got[j].Seq
	})
	fmt.Println("items consumed:", len(got))
	for p := 0; p < producers; p++ {
		var seqs []int
		for _, it := range got {
			if it.Producer == p {
				seqs = append(seqs, it.Seq)
			}
		}
		fmt.Printf("producer %d -> %v\n", p, seqs)
	}
	for i, it := range got {
		if i%6 == 0 {
			fmt.Printf("item %2d: %+v\n", i, it)
		}
	}
	fmt.Println("max length within capacity:", q.maxLen <= 4)
	fmt.Println("put after close:", q.Put(Item{}))
	_, err := q.Take()
	fmt.Println("take after close:", err, errors.Is(err, ErrClosed))
}
