package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// ctxKey is unexported, so no other package can collide with these keys.
type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

type User struct {
	Name  string
	Admin bool // may open /admin pages
}

func (u User) String() string {
	if u.Admin {
		return u.Name + "[admin]"
	}
	return u.Name
}

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey).(string); ok {
		return id
	}
	return "-"
}

func WithUser(ctx context.Context, u User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func UserFrom(ctx context.Context) (User, bool) {
	u, ok := ctx.Value(userKey).(User)
	return u, ok
}

func handle(ctx context.Context, path string) string {
	u, ok := UserFrom(ctx)
	who := cmp.Or(u.String(), "anonymous")
	allowed := !strings.HasPrefix(path, "/admin") || (ok && u.Admin)
	return fmt.Sprintf("req=%s user=%s path=%s allowed=%t", RequestID(ctx), who, path, allowed)
}

func main() {
	base := context.WithValue(context.Background(), "requestID", "string-key")
	fmt.Println("plain string key does not match typed key:", RequestID(base))
	fmt.Println("int 0 does not match ctxKey 0:", context.Background().Value(0) == nil)

	type call struct {
		user *User
		path string
	}
	calls := []call{
		{&User{"ann", true}, "/admin/users"},
		{&User{"bob", false}, "/admin/users"},
		{nil, "/public"},
		{&User{"cy", false}, "/home"},
	}
	var mu sync.Mutex
	var logs []string
	var wg sync.WaitGroup
	for i, c := range calls {
		wg.Go(func() {
			ctx := WithRequestID(base, fmt.Sprintf("r%02d", i))
			if c.user != nil {
				ctx = WithUser(ctx, *c.user)
			}
			line := handle(ctx, c.path)
			mu.Lock()
			logs = append(logs, line)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(logs)
	for _, l := range logs {
		fmt.Println(l)
	}

	parent := WithRequestID(context.Background(), "outer")
	child := WithRequestID(parent, "inner")
	fmt.Println("shadowing:", RequestID(parent), RequestID(child))
	fmt.Println("string key still visible below:", WithUser(base, User{Name: "z"}).Value("requestID"))
}
