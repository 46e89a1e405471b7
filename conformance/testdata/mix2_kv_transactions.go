package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrNoTx = errors.New("no transaction")

type op struct {
	key     string
	old     string
	existed bool
}

type DB struct {
	data map[string]string
	logs [][]op
}

func NewDB() *DB { return &DB{data: map[string]string{}} }

func (db *DB) record(k string) {
	if len(db.logs) == 0 {
		return
	}
	v, ok := db.data[k]
	top := len(db.logs) - 1
	db.logs[top] = append(db.logs[top], op{k, v, ok})
}

func (db *DB) Set(k, v string) { db.record(k); db.data[k] = v }
func (db *DB) Delete(k string) { db.record(k); delete(db.data, k) }

func (db *DB) Get(k string) (string, bool) {
	v, ok := db.data[k]
	return v, ok
}

func (db *DB) Begin() { db.logs = append(db.logs, nil) }

func (db *DB) Rollback() error {
	if len(db.logs) == 0 {
		return fmt.Errorf("rollback: %w", ErrNoTx)
	}
	log := db.logs[len(db.logs)-1]
	for i := len(log) - 1; i >= 0; i-- {
		if log[i].existed {
			db.data[log[i].key] = log[i].old
		} else {
			delete(db.data, log[i].key)
		}
	}
	db.logs = db.logs[:len(db.logs)-1]
	return nil
}

func (db *DB) Commit() error {
	if len(db.logs) == 0 {
		return fmt.Errorf("commit: %w", ErrNoTx)
	}
	db.logs = nil
	return nil
}

func (db *DB) Dump() string {
	keys := make([]string, 0, len(db.data))
	for k := range db.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + db.data[k]
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	db := NewDB()
	script := `SET a 10
SET b 20
BEGIN
SET a 11
DELETE b
BEGIN
SET c 30
GET c
ROLLBACK
GET c
GET b
ROLLBACK
GET b
ROLLBACK
BEGIN
SET a 99
BEGIN
SET d 1
COMMIT
ROLLBACK
COMMIT`
	for _, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		var err error
		switch f[0] {
		case "SET":
			db.Set(f[1], f[2])
		case "DELETE":
			db.Delete(f[1])
		case "GET":
			v, ok := db.Get(f[1])
			if !ok {
				v = "NULL"
			}
			fmt.Printf("%-10s => %s\n", line, v)
			continue
		case "BEGIN":
			db.Begin()
		case "ROLLBACK":
			err = db.Rollback()
		case "COMMIT":
			err = db.Commit()
		}
		if errors.Is(err, ErrNoTx) {
			fmt.Printf("%-10s => error: %v\n", line, err)
			continue
		}
		fmt.Printf("%-10s depth=%d %s\n", line, len(db.logs), db.Dump())
	}
}
