package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"maps"
	"slices"
)

const opPut, opDel byte = 'P', 'D'

var (
	ErrNotFound = errors.New("key not found")
	ErrCorrupt  = errors.New("corrupt record")
)

type loc struct{ seg, off int }

// Store is an append-only log split into fixed-size segments plus an index
// pointing at the newest record for every live key.
type Store struct {
	segs    []*bytes.Buffer
	index   map[string]loc
	segSize int
}

func NewStore(segSize int) *Store {
	return &Store{segs: []*bytes.Buffer{{}}, index: map[string]loc{}, segSize: segSize}
}

// record layout: op | uvarint keyLen | key | uvarint valLen | val | crc32 (BE)
func encode(op byte, key, val string) []byte {
	b := []byte{op}
	b = binary.AppendUvarint(b, uint64(len(key)))
	b = append(b, key...)
	b = binary.AppendUvarint(b, uint64(len(val)))
	b = append(b, val...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

func decode(b []byte) (op byte, key, val string, n int, err error) {
	op, i := b[0], 1
	kl, w := binary.Uvarint(b[i:])
	i += w
	key = string(b[i : i+int(kl)])
	i += int(kl)
	vl, w := binary.Uvarint(b[i:])
	i += w
	val = string(b[i : i+int(vl)])
	i += int(vl)
	if binary.BigEndian.Uint32(b[i:]) != crc32.ChecksumIEEE(b[:i]) {
		return 0, "", "", 0, fmt.Errorf("%w at byte %d", ErrCorrupt, i)
	}
	return op, key, val, i + 4, nil
}

func (s *Store) append(op byte, key, val string) loc {
	active := s.segs[len(s.segs)-1]
	if active.Len() >= s.segSize {
		active = &bytes.Buffer{}
		s.segs = append(s.segs, active)
	}
	l := loc{len(s.segs) - 1, active.Len()}
	active.Write(encode(op, key, val))
	return l
}

func (s *Store) Put(key, val string) { s.index[key] = s.append(opPut, key, val) }

func (s *Store) Delete(key string) {
	s.append(opDel, key, "")
	delete(s.index, key)
}

func (s *Store) Get(key string) (string, error) {
	l, ok := s.index[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	_, _, val, _, err := decode(s.segs[l.seg].Bytes()[l.off:])
	return val, err
}

func (s *Store) Size() (n int) {
	for _, b := range s.segs {
		n += b.Len()
	}
	return n
}

// Recover rebuilds the index by replaying every segment in order.
func (s *Store) Recover() (records int) {
	s.index = map[string]loc{}
	for si, seg := range s.segs {
		for off := 0; off < seg.Len(); records++ {
			op, key, _, n, err := decode(seg.Bytes()[off:])
			if err != nil {
				panic(err)
			}
			if op == opPut {
				s.index[key] = loc{si, off}
			} else {
				delete(s.index, key)
			}
			off += n
		}
	}
	return records
}

// Compact rewrites only live records, in key order, into fresh segments.
func (s *Store) Compact() {
	fresh := NewStore(s.segSize)
	for _, k := range slices.Sorted(maps.Keys(s.index)) {
		v, _ := s.Get(k)
		fresh.Put(k, v)
	}
	*s = *fresh
}

func (s *Store) report(label string) {
	fmt.Printf("%-16s segments=%d bytes=%d live=%d\n", label, len(s.segs), s.Size(), len(s.index))
}

func main() {
	s := NewStore(48)
	for i := range 12 {
		s.Put(fmt.Sprintf("user:%d", i%4), fmt.Sprintf("v%02d", i))
	}
	s.Put("config", "debug=false")
	s.Delete("user:2")
	s.Put("config", "debug=true")
	s.report("after writes")
	fmt.Println("replayed records:", s.Recover())
	for _, k := range []string{"user:0", "user:2", "user:3", "config"} {
		v, err := s.Get(k)
		fmt.Printf("  get %-7s -> %-12q err=%v notFound=%v\n", k, v, err, errors.Is(err, ErrNotFound))
	}

	before := s.Size()
	s.Compact() // drops the tombstone and all overwritten values
	s.report("after compact")
	fmt.Printf("reclaimed %d bytes (%.0f%%)\n", before-s.Size(), 100*float64(before-s.Size())/float64(before))
	s.segs[0].Bytes()[3] ^= 0x20 // flip a bit inside the first record
	_, err := s.Get("config")
	fmt.Println("after bit flip:", err, "| corrupt:", errors.Is(err, ErrCorrupt))
}
