package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
)

type Flag struct {
	Name      string
	Enabled   bool
	Percent   uint32   // 0..100 of users get the feature
	AllowList []string // always on for these users
	DenyList  []string // always off for these users
}

// bucket maps a user deterministically into [0, 100) per flag, so the same
// user gets the same answer and different flags roll out independently.
func bucket(flag, user string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(flag))
	h.Write([]byte{':'})
	h.Write([]byte(user))
	return h.Sum32() % 100
}

type Decision struct {
	On     bool
	Reason string
}

func (f Flag) Evaluate(user string) Decision {
	switch {
	case !f.Enabled:
		return Decision{false, "flag disabled"}
	case slices.Contains(f.DenyList, user):
		return Decision{false, "deny list"}
	case slices.Contains(f.AllowList, user):
		return Decision{true, "allow list"}
	}
	b := bucket(f.Name, user)
	return Decision{b < f.Percent, fmt.Sprintf("bucket %d vs %d%%", b, f.Percent)}
}

type Registry struct{ flags map[string]Flag }

func (r *Registry) IsOn(name, user string) Decision {
	f, ok := r.flags[name]
	if !ok {
		return Decision{false, "unknown flag"}
	}
	return f.Evaluate(user)
}

func main() {
	reg := &Registry{flags: map[string]Flag{
		"new-checkout": {Name: "new-checkout", Enabled: true, Percent: 30, AllowList: []string{"qa-bot"}},
		"dark-mode":    {Name: "dark-mode", Enabled: true, Percent: 75, DenyList: []string{"user-3"}},
		"beta-search":  {Name: "beta-search", Enabled: false, Percent: 100},
	}}

	users := []string{"user-1", "user-2", "user-3", "user-4", "qa-bot"}
	flagNames := []string{"new-checkout", "dark-mode", "beta-search", "missing"}
	for _, name := range flagNames {
		fmt.Println("flag", name)
		for _, u := range users {
			d := reg.IsOn(name, u)
			fmt.Printf("  %-7s on=%-5v (%s)\n", u, d.On, d.Reason)
		}
	}

	// Check the rollout is close to the target percentage over many users.
	for _, pct := range []uint32{10, 30, 50, 90} {
		f := Flag{Name: "exp", Enabled: true, Percent: pct}
		on := 0
		const n = 2000
		for i := range n {
			if f.Evaluate(fmt.Sprintf("user-%d", i)).On {
				on++
			}
		}
		bar := strings.Repeat("#", on*40/n)
		fmt.Printf("target %3d%% actual %5.1f%% %s\n", pct, float64(on)*100/n, bar)
	}

	// Raising the percentage only adds users; nobody who had it loses it.
	lost := 0
	for i := range 500 {
		u := fmt.Sprintf("user-%d", i)
		low := Flag{Name: "ramp", Enabled: true, Percent: 20}.Evaluate(u).On
		high := Flag{Name: "ramp", Enabled: true, Percent: 60}.Evaluate(u).On
		if low && !high {
			lost++
		}
	}
	fmt.Println("users lost when ramping 20% -> 60%:", lost)
}
