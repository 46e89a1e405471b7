package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type UserID string

type Set[T cmp.Ordered] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Sorted() []T  { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

type User struct {
	ID        UserID
	Name      string
	Interests Set[string]
}

type Graph struct {
	users   map[UserID]*User
	friends map[UserID]Set[UserID]
}

var ErrNoUser = errors.New("no such user")
var ErrSelf = errors.New("cannot befriend self")

func (g *Graph) AddUser(id UserID, name string, interests ...string) {
	u := &User{id, name, Set[string]{}}
	for _, i := range interests {
		u.Interests.Add(i)
	}
	g.users[id] = u
	g.friends[id] = Set[UserID]{}
}

func (g *Graph) Befriend(a, b UserID) error {
	if a == b {
		return fmt.Errorf("%s: %w", a, ErrSelf)
	}
	for _, id := range []UserID{a, b} {
		if _, ok := g.users[id]; !ok {
			return fmt.Errorf("befriend %s-%s: %w: %s", a, b, ErrNoUser, id)
		}
	}
	g.friends[a].Add(b)
	g.friends[b].Add(a)
	return nil
}

type Suggestion struct {
	ID     UserID
	Mutual []UserID
	Shared []string
	Score  int
}

func (s Suggestion) String() string {
	return fmt.Sprintf("%s score=%d mutual=%v shared=%v", s.ID, s.Score, s.Mutual, s.Shared)
}

func (g *Graph) Suggest(id UserID, limit int) []Suggestion {
	me := g.friends[id]
	cands := map[UserID]Set[UserID]{}
	for f := range me {
		for ff := range g.friends[f] {
			if ff != id && !me.Has(ff) {
				if cands[ff] == nil {
					cands[ff] = Set[UserID]{}
				}
				cands[ff].Add(f)
			}
		}
	}
	var out []Suggestion
	for c, mutual := range cands {
		shared := g.users[id].Interests.Intersect(g.users[c].Interests).Sorted()
		out = append(out, Suggestion{c, mutual.Sorted(), shared, 10*len(mutual) + 3*len(shared)})
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(limit, len(out))]
}

// Distance is a BFS over friendships.
func (g *Graph) Distance(a, b UserID) int {
	dist := map[UserID]int{a: 0}
	queue := []UserID{a}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == b {
			return dist[cur]
		}
		for _, n := range g.friends[cur].Sorted() {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	return -1
}

func main() {
	g := &Graph{users: map[UserID]*User{}, friends: map[UserID]Set[UserID]{}}
	g.AddUser("ann", "Ann", "go", "chess", "hiking")
	g.AddUser("bob", "Bob", "go", "music")
	g.AddUser("cat", "Cat", "chess", "music")
	g.AddUser("dan", "Dan", "hiking", "go")
	g.AddUser("eve", "Eve", "crypto")
	g.AddUser("fay", "Fay", "chess", "go", "hiking")
	g.AddUser("gus", "Gus")
	pairs := [][2]UserID{{"ann", "bob"}, {"ann", "cat"}, {"bob", "dan"}, {"cat", "dan"}, {"cat", "fay"},
		{"bob", "eve"}, {"dan", "dan"}, {"ann", "zed"}, {"fay", "eve"}}
	for _, p := range pairs {
		if err := g.Befriend(p[0], p[1]); err != nil {
			fmt.Printf("error: %v (self=%t nouser=%t)\n", err, errors.Is(err, ErrSelf), errors.Is(err, ErrNoUser))
		}
	}
	for _, id := range []UserID{"ann", "eve", "gus"} {
		fmt.Printf("suggestions for %s (friends %v):\n", id, g.friends[id].Sorted())
		for _, s := range g.Suggest(id, 3) {
			fmt.Println("  ", s)
		}
	}
	var parts []string
	for _, to := range []UserID{"bob", "dan", "eve", "fay", "gus"} {
		parts = append(parts, fmt.Sprintf("%s=%d", to, g.Distance("ann", to)))
	}
	fmt.Println("distances from ann:", strings.Join(parts, " "))
}
