package main

import (
	"container/list"
	"fmt"
)

type song struct {
	title string
	secs  int
}

func (s song) String() string {
	return fmt.Sprintf("%s(%d:%02d)", s.title, s.secs/60, s.secs%60)
}

func dump(label string, l *list.List) {
	fmt.Printf("%-10s [", label)
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			fmt.Print(", ")
		}
		fmt.Print(e.Value)
	}
	fmt.Printf("] len=%d\n", l.Len())
}

func find(l *list.List, title string) *list.Element {
	for e := l.Front(); e != nil; e = e.Next() {
		if s, ok := e.Value.(song); ok && s.title == title {
			return e
		}
	}
	return nil
}

func main() {
	playlist := list.New()
	playlist.PushBack(song{"Intro", 62})
	mid := playlist.PushBack(song{"Middle", 245})
	playlist.PushBack(song{"Outro", 180})
	playlist.PushFront(song{"Warmup", 30})
	dump("start", playlist)

	playlist.InsertAfter(song{"Bridge", 95}, mid)
	playlist.MoveToFront(mid)
	dump("moved", playlist)

	if e := find(playlist, "Outro"); e != nil {
		removed := playlist.Remove(e).(song)
		fmt.Println("removed:", removed)
	}
	playlist.MoveToBack(playlist.Front())
	dump("final", playlist)

	total := 0
	for e := playlist.Back(); e != nil; e = e.Prev() {
		total += e.Value.(song).secs
	}
	fmt.Printf("total %d:%02d\n", total/60, total%60)

	// a list of mixed values and a type switch
	mixed := list.New()
	mixed.PushBack(42)
	mixed.PushBack("text")
	mixed.PushBack(3.5)
	mixed.PushBack(song{"x", 1})
	other := list.New()
	other.PushBack(true)
	mixed.PushBackList(other)
	for e := mixed.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case int:
			fmt.Println("int", v*2)
		case string:
			fmt.Println("string", len(v))
		case float64:
			fmt.Printf("float %.2f\n", v)
		case fmt.Stringer:
			fmt.Println("stringer", v.String())
		default:
			fmt.Printf("other %T %v\n", v, v)
		}
	}
}
