// A log-structured key/value store: append-only segments, an in-memory
// index, tombstones, and compaction that rewrites only live records.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type OpKind byte

const (
	Put OpKind = 'P'
	Del OpKind = 'D'
)

type Record struct {
	Seq   int
	Kind  OpKind
	Key   string
	Value string
}

func (r Record) String() string {
	if r.Kind == Del {
		return fmt.Sprintf("%d:D %s", r.Seq, r.Key)
	}
	return fmt.Sprintf("%d:P %s=%s", r.Seq, r.Key, r.Value)
}

type loc struct{ seg, off int }

type Store struct {
	segments [][]Record
	segLimit int
	index    map[string]loc
	seq      int
}

var ErrNotFound = errors.New("key not found")

func NewStore(limit int) *Store {
	return &Store{segments: [][]Record{nil}, segLimit: limit, index: map[string]loc{}}
}

func (s *Store) appendRec(k OpKind, key, val string) loc {
	last := len(s.segments) - 1
	if len(s.segments[last]) >= s.segLimit {
		s.segments = append(s.segments, nil)
		last++
	}
	s.seq++
	s.segments[last] = append(s.segments[last], Record{s.seq, k, key, val})
	return loc{last, len(s.segments[last]) - 1}
}

func (s *Store) Put(key, val string) { s.index[key] = s.appendRec(Put, key, val) }

func (s *Store) Delete(key string) error {
	if _, ok := s.index[key]; !ok {
		return fmt.Errorf("delete %q: %w", key, ErrNotFound)
	}
	s.appendRec(Del, key, "")
	delete(s.index, key)
	return nil
}

func (s *Store) Get(key string) (string, error) {
	l, ok := s.index[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	return s.segments[l.seg][l.off].Value, nil
}

func (s *Store) Size() int {
	n := 0
	for _, seg := range s.segments {
		n += len(seg)
	}
	return n
}

// Compact rewrites all sealed segments, keeping only records the index points to.
func (s *Store) Compact() (dropped int) {
	liveSeq := map[string]int{}
	for k, l := range s.index {
		liveSeq[k] = s.segments[l.seg][l.off].Seq
	}
	sealed := len(s.segments) - 1
	var live []Record
	for _, seg := range s.segments[:sealed] {
		for _, r := range seg {
			if liveSeq[r.Key] == r.Seq {
				live = append(live, r)
			} else {
				dropped++
			}
		}
	}
	var out [][]Record
	for i := 0; i < len(live); i += s.segLimit {
		out = append(out, live[i:min(i+s.segLimit, len(live))])
	}
	s.segments = append(out, s.segments[sealed])
	for si, seg := range s.segments {
		for off, r := range seg {
			if seq, ok := liveSeq[r.Key]; ok && seq == r.Seq {
				s.index[r.Key] = loc{si, off}
			}
		}
	}
	return dropped
}

func (s *Store) Dump() {
	for i, seg := range s.segments {
		parts := make([]string, len(seg))
		for j, r := range seg {
			parts[j] = r.String()
		}
		fmt.Printf("  seg%d [%s]\n", i, strings.Join(parts, ", "))
	}
}

func main() {
	s := NewStore(4)
	ops := []string{"P a 1", "P b 2", "P a 3", "P c 4", "D b", "P d 5", "P a 6", "P e 7", "D c", "D zz", "P b 8", "P f 9"}
	for _, op := range ops {
		f := strings.Fields(op)
		if f[0] == "P" {
			s.Put(f[1], f[2])
		} else if err := s.Delete(f[1]); errors.Is(err, ErrNotFound) {
			fmt.Println("warn:", err)
		}
	}
	fmt.Printf("before compaction: %d records in %d segments\n", s.Size(), len(s.segments))
	s.Dump()
	fmt.Printf("compaction dropped %d records\n", s.Compact())
	fmt.Printf("after compaction: %d records in %d segments\n", s.Size(), len(s.segments))
	s.Dump()
	keys := make([]string, 0, len(s.index))
	for k := range s.index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range append(keys, "c") {
		v, err := s.Get(k)
		if err != nil {
			fmt.Println("  ", err)
			continue
		}
		fmt.Printf("   %s=%s\n", k, v)
	}
}
