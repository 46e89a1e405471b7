package queues

import (
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

// Manager makes maps and lists that live in the process that made the
// manager (the kernel, in a notebook) and that every process of the
// session can read and update, like Python's multiprocessing.Manager.
// Each operation is one round trip: it is atomic, but a read followed by
// a write is not (use Add for counters).
//
//	m := queues.NewManager()
//	d := m.Map()
//	l := m.List()
//	p, _ := processes.Start(record, d, l) // func record(d *queues.SharedMap, l *queues.SharedList)
type Manager struct{}

// NewManager makes a manager.
//
//	m := queues.NewManager()
func NewManager() *Manager { return &Manager{} }

// Map makes an empty shared map with string keys.
//
//	d := m.Map()
//	d.Set("x", 1)
func (m *Manager) Map() *SharedMap {
	c := &mapCore{m: map[string]json.RawMessage{}}
	return &SharedMap{h: handle{ref: register("SharedMap", c), local: c}}
}

// List makes an empty shared list.
//
//	l := m.List()
//	l.Append("a")
func (m *Manager) List() *SharedList {
	c := &listCore{}
	return &SharedList{h: handle{ref: register("SharedList", c), local: c}}
}

// SharedMap is a map from strings to values shared by the processes of
// the session. Values cross as JSON (numbers come back as float64).
//
//	d.Set("Harry", 3)
//	v, err := d.Get("Harry") // 3.0
type SharedMap struct{ h handle }

// Set sets key to v.
//
//	err := d.Set("x", []int{1, 2})
func (d *SharedMap) Set(key string, v any) error {
	raw, err := encode("store in a shared map", v)
	if err != nil {
		return err
	}
	_, err = d.h.do(request{Op: "set", Key: key, V: raw})
	return err
}

// Get returns the value of key; ErrNoKey if there is none.
//
//	v, err := d.Get("x")
func (d *SharedMap) Get(key string) (any, error) {
	r, err := d.h.do(request{Op: "get", Key: key})
	if err != nil {
		return nil, err
	}
	return decodeAny(r.V)
}

// GetInto decodes the value of key into ptr.
//
//	var n int
//	err := d.GetInto("x", &n)
func (d *SharedMap) GetInto(key string, ptr any) error {
	r, err := d.h.do(request{Op: "get", Key: key})
	if err != nil {
		return err
	}
	return json.Unmarshal(r.V, ptr)
}

// Add adds delta to the number at key (missing: 0) in one atomic step and
// returns the new value; safe for counters updated by many processes.
//
//	n, err := d.Add("visits", 1)
func (d *SharedMap) Add(key string, delta float64) (float64, error) {
	r, err := d.h.do(request{Op: "add", Key: key, Delta: delta})
	if err != nil {
		return 0, err
	}
	var n float64
	err = json.Unmarshal(r.V, &n)
	return n, err
}

// Delete removes key (nothing if it is missing).
//
//	err := d.Delete("x")
func (d *SharedMap) Delete(key string) error {
	_, err := d.h.do(request{Op: "delete", Key: key})
	return err
}

// Keys returns the keys, sorted.
//
//	keys, err := d.Keys()
func (d *SharedMap) Keys() ([]string, error) {
	r, err := d.h.do(request{Op: "keys"})
	return r.Keys, err
}

// Len is the number of keys.
//
//	n, err := d.Len()
func (d *SharedMap) Len() (int, error) {
	r, err := d.h.do(request{Op: "len"})
	return r.N, err
}

// Items returns a copy of the whole map.
//
//	all, err := d.Items()
func (d *SharedMap) Items() (map[string]any, error) {
	r, err := d.h.do(request{Op: "items"})
	if err != nil {
		return nil, err
	}
	m := map[string]any{}
	err = json.Unmarshal(r.V, &m)
	return m, err
}

// String shows the map's contents.
//
//	fmt.Println(d) // SharedMap map[Harry:3]
func (d *SharedMap) String() string {
	m, err := d.Items()
	if err != nil {
		return fmt.Sprintf("SharedMap(%v)", err)
	}
	return fmt.Sprintf("SharedMap%v", m)
}

// MarshalJSON makes the map cross to a child process by reference: it
// is what happens when it is an argument of processes.Start.
//
//	b, err := json.Marshal(d) // {"sock":...,"id":1,"kind":"SharedMap"}
func (d *SharedMap) MarshalJSON() ([]byte, error) { return d.h.marshal() }

// UnmarshalJSON attaches to the map in the process that owns it.
//
//	var d queues.SharedMap
//	err := json.Unmarshal(b, &d)
func (d *SharedMap) UnmarshalJSON(b []byte) error { return d.h.unmarshal(b, "SharedMap") }

type mapCore struct {
	mu sync.Mutex
	m  map[string]json.RawMessage
}

func (c *mapCore) serve(req request, _ <-chan struct{}) (response, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch req.Op {
	case "set":
		c.m[req.Key] = req.V
		return response{}, nil
	case "get":
		v, ok := c.m[req.Key]
		if !ok {
			return response{}, fmt.Errorf("%w: %q", ErrNoKey, req.Key)
		}
		return response{V: v}, nil
	case "add":
		var n float64
		if v, ok := c.m[req.Key]; ok {
			if err := json.Unmarshal(v, &n); err != nil {
				return response{}, fmt.Errorf("cannot add to %q: its value %s is not a number", req.Key, v)
			}
		}
		n += req.Delta
		v, _ := json.Marshal(n)
		c.m[req.Key] = v
		return response{V: v}, nil
	case "delete":
		delete(c.m, req.Key)
		return response{}, nil
	case "keys":
		keys := make([]string, 0, len(c.m))
		for k := range c.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return response{Keys: keys}, nil
	case "len":
		return response{N: len(c.m)}, nil
	case "items":
		v, err := json.Marshal(c.m)
		return response{V: v}, err
	}
	return response{}, fmt.Errorf("unknown map operation %q", req.Op)
}

// SharedList is a list of values shared by the processes of the session.
// Values cross as JSON (numbers come back as float64).
//
//	l.Append("Harry")
//	v, err := l.Get(0) // "Harry"
type SharedList struct{ h handle }

// Append adds v at the end.
//
//	err := l.Append(42)
func (l *SharedList) Append(v any) error {
	raw, err := encode("append to a shared list", v)
	if err != nil {
		return err
	}
	_, err = l.h.do(request{Op: "append", V: raw})
	return err
}

// Get returns the element at index i; ErrRange outside the list.
//
//	v, err := l.Get(0)
func (l *SharedList) Get(i int) (any, error) {
	r, err := l.h.do(request{Op: "get", Index: i})
	if err != nil {
		return nil, err
	}
	return decodeAny(r.V)
}

// Set replaces the element at index i; ErrRange outside the list.
//
//	err := l.Set(0, "Tom")
func (l *SharedList) Set(i int, v any) error {
	raw, err := encode("store in a shared list", v)
	if err != nil {
		return err
	}
	_, err = l.h.do(request{Op: "set", Index: i, V: raw})
	return err
}

// Len is the number of elements.
//
//	n, err := l.Len()
func (l *SharedList) Len() (int, error) {
	r, err := l.h.do(request{Op: "len"})
	return r.N, err
}

// Items returns a copy of the whole list.
//
//	all, err := l.Items()
func (l *SharedList) Items() ([]any, error) {
	r, err := l.h.do(request{Op: "items"})
	if err != nil {
		return nil, err
	}
	var items []any
	err = json.Unmarshal(r.V, &items)
	return items, err
}

// String shows the list's contents.
//
//	fmt.Println(l) // SharedList[Harry Tom]
func (l *SharedList) String() string {
	items, err := l.Items()
	if err != nil {
		return fmt.Sprintf("SharedList(%v)", err)
	}
	return fmt.Sprintf("SharedList%v", items)
}

// MarshalJSON makes the list cross to a child process by reference: it
// is what happens when it is an argument of processes.Start.
//
//	b, err := json.Marshal(l) // {"sock":...,"id":1,"kind":"SharedList"}
func (l *SharedList) MarshalJSON() ([]byte, error) { return l.h.marshal() }

// UnmarshalJSON attaches to the list in the process that owns it.
//
//	var l queues.SharedList
//	err := json.Unmarshal(b, &l)
func (l *SharedList) UnmarshalJSON(b []byte) error { return l.h.unmarshal(b, "SharedList") }

type listCore struct {
	mu    sync.Mutex
	items []json.RawMessage
}

func (c *listCore) serve(req request, _ <-chan struct{}) (response, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch req.Op {
	case "append":
		c.items = append(c.items, req.V)
		return response{}, nil
	case "get", "set":
		if req.Index < 0 || req.Index >= len(c.items) {
			return response{}, fmt.Errorf("%w: index %d, length %d", ErrRange, req.Index, len(c.items))
		}
		if req.Op == "set" {
			c.items[req.Index] = req.V
			return response{}, nil
		}
		return response{V: c.items[req.Index]}, nil
	case "len":
		return response{N: len(c.items)}, nil
	case "items":
		if c.items == nil {
			return response{V: json.RawMessage("[]")}, nil
		}
		v, err := json.Marshal(c.items)
		return response{V: v}, err
	}
	return response{}, fmt.Errorf("unknown list operation %q", req.Op)
}
