package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type OpKind byte

const (
	OpSet    OpKind = 'S'
	OpDel    OpKind = 'D'
	OpBegin  OpKind = 'B'
	OpCommit OpKind = 'C'
)

type Entry struct {
	Seq   int
	Kind  OpKind
	Key   string
	Value string
	TxID  int
}

func (e Entry) String() string {
	switch e.Kind {
	case OpSet:
		return fmt.Sprintf("%03d tx%d SET %s=%q", e.Seq, e.TxID, e.Key, e.Value)
	case OpDel:
		return fmt.Sprintf("%03d tx%d DEL %s", e.Seq, e.TxID, e.Key)
	}
	return fmt.Sprintf("%03d tx%d %c", e.Seq, e.TxID, e.Kind)
}

var ErrKeyNotFound = errors.New("key not found")

type DB struct {
	wal  []Entry
	data map[string]string
	seq  int
	tx   int
}

func Open(wal []Entry) *DB {
	db := &DB{data: map[string]string{}}
	db.replay(wal)
	return db
}

// replay applies only committed transactions from the log.
func (db *DB) replay(wal []Entry) {
	pending := map[int][]Entry{}
	for _, e := range wal {
		db.seq, db.tx = max(db.seq, e.Seq), max(db.tx, e.TxID)
		switch e.Kind {
		case OpBegin:
			pending[e.TxID] = nil
		case OpSet, OpDel:
			pending[e.TxID] = append(pending[e.TxID], e)
		case OpCommit:
			for _, op := range pending[e.TxID] {
				db.apply(op)
			}
			delete(pending, e.TxID)
		}
	}
	db.wal = slices.Clone(wal)
	if len(pending) > 0 {
		fmt.Printf("replay: discarded %d uncommitted tx %v\n", len(pending), slices.Sorted(maps.Keys(pending)))
	}
}

func (db *DB) apply(e Entry) {
	if e.Kind == OpSet {
		db.data[e.Key] = e.Value
	} else {
		delete(db.data, e.Key)
	}
}

func (db *DB) log(kind OpKind, tx int, k, v string) Entry {
	db.seq++
	e := Entry{db.seq, kind, k, v, tx}
	db.wal = append(db.wal, e)
	return e
}

type Tx struct {
	db  *DB
	id  int
	ops []Entry
}

func (db *DB) Begin() *Tx {
	db.tx++
	db.log(OpBegin, db.tx, "", "")
	return &Tx{db: db, id: db.tx}
}

func (t *Tx) Set(k, v string) { t.ops = append(t.ops, t.db.log(OpSet, t.id, k, v)) }
func (t *Tx) Del(k string)    { t.ops = append(t.ops, t.db.log(OpDel, t.id, k, "")) }
func (t *Tx) Commit() {
	t.db.log(OpCommit, t.id, "", "")
	for _, e := range t.ops {
		t.db.apply(e)
	}
}

func (db *DB) Get(k string) (string, error) {
	v, ok := db.data[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrKeyNotFound)
	}
	return v, nil
}

func main() {
	db := Open(nil)
	t1 := db.Begin()
	t1.Set("user:1", "ann")
	t1.Set("user:2", "bob")
	t1.Commit()
	t2 := db.Begin()
	t2.Del("user:2")
	t2.Set("user:3", "cy")
	t2.Commit()
	t3 := db.Begin()
	t3.Set("user:1", "ANN!") // never committed: simulated crash
	fmt.Println("live:", db.data)
	fmt.Println("wal:")
	for _, e := range db.wal {
		fmt.Println(" ", e)
	}
	recovered := Open(db.wal)
	fmt.Println("recovered:", recovered.data)
	for _, k := range []string{"user:1", "user:2", "user:3"} {
		v, err := recovered.Get(k)
		fmt.Printf("%s -> %q err=%v notfound=%t\n", k, v, err, errors.Is(err, ErrKeyNotFound))
	}
	t4 := recovered.Begin()
	t4.Set("user:4", strings.Repeat("z", 3))
	t4.Commit()
	fmt.Println("after t4:", recovered.data, "seq", recovered.seq, "last", recovered.wal[len(recovered.wal)-1])
}
