package eval

import "testing"

// Functions and function literals with unnamed parameters get their
// arguments in the right places (yaegi panicked: reflect.Set: value of
// type map[string]string is not assignable to type struct {...}).
func TestUnnamedParameters(t *testing.T) {
	const decls = `type counter struct{ n int }

type Factory func(config map[string]string) (*counter, error)

var registry = map[string]Factory{}

func one(map[string]string) *counter { return &counter{1} }`
	const body = `registry["a"] = func(map[string]string) (*counter, error) { return &counter{2}, nil }
registry["b"] = func(cfg map[string]string) (*counter, error) { return &counter{len(cfg)}, nil }
for _, k := range []string{"a", "b"} {
	c, err := registry[k](map[string]string{"x": "y"})
	fmt.Println(c.n, err)
}
f := func(int, string) int { return 5 }
fmt.Println(one(nil).n, f(1, "a"))`
	sameAsGoRun(t, decls, body)
}
