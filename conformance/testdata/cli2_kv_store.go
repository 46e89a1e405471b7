package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var ErrNoKey = errors.New("no such key")

type KV struct {
	data    map[string]string
	history []string
}

type handler func(kv *KV, args []string) (string, error)

func needArgs(n int, h handler) handler {
	return func(kv *KV, args []string) (string, error) {
		if len(args) != n {
			return "", fmt.Errorf("expected %d argument(s), got %d", n, len(args))
		}
		return h(kv, args)
	}
}

var handlers = map[string]handler{
	"set": needArgs(2, func(kv *KV, a []string) (string, error) {
		old, existed := kv.data[a[0]]
		kv.data[a[0]] = a[1]
		if existed {
			return fmt.Sprintf("updated (was %q)", old), nil
		}
		return "OK", nil
	}),
	"get": needArgs(1, func(kv *KV, a []string) (string, error) {
		v, ok := kv.data[a[0]]
		if !ok {
			return "", fmt.Errorf("get %s: %w", a[0], ErrNoKey)
		}
		return strconv.Quote(v), nil
	}),
	"del": needArgs(1, func(kv *KV, a []string) (string, error) {
		if _, ok := kv.data[a[0]]; !ok {
			return "", fmt.Errorf("del %s: %w", a[0], ErrNoKey)
		}
		delete(kv.data, a[0])
		return "deleted", nil
	}),
	"incr": needArgs(1, func(kv *KV, a []string) (string, error) {
		n := 0
		if cur, ok := kv.data[a[0]]; ok {
			var err error
			if n, err = strconv.Atoi(cur); err != nil {
				return "", fmt.Errorf("incr %s: value is not an integer", a[0])
			}
		}
		kv.data[a[0]] = strconv.Itoa(n + 1)
		return kv.data[a[0]], nil
	}),
	"keys": needArgs(1, func(kv *KV, a []string) (string, error) {
		var ks []string
		for k := range kv.data {
			if strings.HasPrefix(k, a[0]) {
				ks = append(ks, k)
			}
		}
		sort.Strings(ks)
		return fmt.Sprintf("%d: %s", len(ks), strings.Join(ks, " ")), nil
	}),
}

func (kv *KV) Exec(line string) (string, error) {
	kv.history = append(kv.history, line)
	f := strings.Fields(line)
	if len(f) == 0 {
		return "", errors.New("empty command")
	}
	h, ok := handlers[strings.ToLower(f[0])]
	if !ok {
		return "", fmt.Errorf("unknown command %q", f[0])
	}
	return h(kv, f[1:])
}

func main() {
	kv := &KV{data: map[string]string{}}
	script := []string{
		"set user:1 alice", "set user:2 bob", "SET user:1 alicia", "get user:1",
		"get user:3", "incr visits", "incr visits", "set name gopher", "incr name",
		"keys user:", "keys ", "del user:2", "del user:2", "get", "flush", "",
	}
	missing := 0
	for _, line := range script {
		out, err := kv.Exec(line)
		switch {
		case errors.Is(err, ErrNoKey):
			missing++
			fmt.Printf("%-20s (nil) %v\n", line, err)
		case err != nil:
			fmt.Printf("%-20s ERR %v\n", line, err)
		default:
			fmt.Printf("%-20s %s\n", line, out)
		}
	}
	fmt.Printf("%d commands, %d missing-key errors, %d keys remain\n", len(kv.history), missing, len(kv.data))
}
