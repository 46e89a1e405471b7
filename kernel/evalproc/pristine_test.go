package evalproc

import "testing"

// An initializer is the same every run when it calls only builtins and
// deterministic packages; the function given to sync.OnceValue and its
// kin runs at the first call, not in the initializer, so what it uses
// does not matter.
func TestSameEveryRun(t *testing.T) {
	session := []string{
		`func scale(f float64) func(float64) float64 { return func(x float64) float64 { return x * f } }`,
		"func table(n int) map[string]int {\n\tm := map[string]int{}\n\tvar sb strings.Builder\n\tfor i := range n {\n\t\tsb.WriteString(strconv.Itoa(i))\n\t\tm[sb.String()] = fib(i)\n\t}\n\treturn m\n}",
		"func fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}",
		"func stamp() string { return time.Now().String() }",
		"func noisy() int { fmt.Println(\"computing\"); return 1 }",
		"func spawn() int { go fib(3); return 1 }",
		"type Op byte",
		"func Must[T any](v T, err error) T {\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\treturn v\n}",
	}
	for decl, want := range map[string]bool{
		`var n = max(len("ab"), 3)`: true,
		`var e = errors.New("x")`:   true,
		`var t = time.Now()`:        false,
		"var tmpl = template.Must(template.New(\"p\").Parse(\"{{.}}\"))":      true,
		`var d = time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)`:                 true,
		`var since = time.Since(time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC))`: false,
		`var c = load()`: false,
		`var f = sync.OnceValue(func() int { calls.Add(1); return 2 })`: true,
		`var g = sync.OnceFunc(func() { fmt.Println(time.Now()) })`:     true,
		`var h = sync.OnceValue(load)`:                                  true,
		`var i = sync.OnceValue(pick())`:                                false,
		`var j = func() int { calls.Add(1); return 1 }()`:               true,
		"var byName = func() map[string]Op {\n\tm := map[string]Op{}\n\tfor i, n := range names {\n\t\tm[n] = Op(i + 1)\n\t}\n\treturn m\n}()": true,
		`var k = func() int64 { return time.Now().Unix() }()`:    false,
		`var l = func() int { fmt.Println("init"); return 1 }()`: false,
		`var m = func(n int) int { return n }(3)`:                false,
		`var o = func() int { go fib(2); return 1 }()`:           false,
		`var p = func() Op { return undeclared(1) }()`:           false,
	} {
		if got := sameEveryRun(decl, session); got != want {
			t.Errorf("sameEveryRun(%q) = %v, want %v", decl, got, want)
		}
	}
}
