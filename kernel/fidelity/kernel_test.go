package fidelity_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gokernel/kernel/client"
	"gokernel/kernel/fidelity"
	"gokernel/kernel/notebook"
	"gokernel/kernel/program"
)

// kernelBin is the gokernel binary under test, built once by TestMain.
var kernelBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gokernel-fidelity-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	kernelBin = filepath.Join(dir, "gokernel")
	if out, err := exec.Command("go", "build", "-o", kernelBin, "gokernel").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build gokernel: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// construct is a cell pair (declarations ‖ statements) the interpreter
// runs differently from Go; want is in the guard's message.
type construct struct {
	name, decls, stmts string
	want               string
	inDecls            bool // the guard stops the declarations cell
	// compiles: a near miss the guard sends compiled all the same (with
	// Go's output), as it does not look that far.
	compiles bool
	// hangs: without the guard the interpreter never ends the cell.
	hangs bool
	// panics: the program ends with Go's "panic: " and this message.
	panics string
	// racy: the interpreter's wrong answer depends on when a goroutine
	// runs, so one run of it may print what go run prints.
	racy bool
}

var constructs = []construct{
	{name: "a generic function over a generic type that refers to itself, instantiated twice", decls: "type node[V any] struct {\n\tkids map[rune]*node[V]\n\tv    V\n}\nfunc (n *node[V]) put(r rune, v V) {\n\tif n.kids == nil {\n\t\tn.kids = map[rune]*node[V]{}\n\t}\n\tn.kids[r] = &node[V]{v: v}\n}", stmts: "var a node[int]\na.put('x', 1)\nvar b node[string]\nb.put('y', \"s\")\nfmt.Println(slices.Collect(maps.Keys(a.kids)), slices.Collect(maps.Keys(b.kids)))", want: "node refers to itself and the program instantiates it as node[int] and node[string]"},
	{name: "a method of another generic type with the same name, in a generic method", decls: "type Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\nfunc (s *Stack[T]) Len() int { return len(s.items) }\ntype Deque[T any] struct{ front, back Stack[T] }\nfunc (d *Deque[T]) Len() int { return d.front.Len() + d.back.Len() }\nfunc (d *Deque[T]) Empty() bool { return d.front.Len() == 0 }", stmts: "var d Deque[int]\nd.back.Push(1)\nfmt.Println(d.Empty(), d.Len())", want: "a method of Stack called in a method of Deque, which has a method Len too"},
	{name: "a map of functions that take the struct, in its field", decls: "type VM struct {\n\tstack []int\n\tops   map[string]func(*VM) error\n}\nfunc (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }\nfunc NewVM() *VM {\n\tvm := &VM{}\n\tvm.ops = map[string]func(*VM) error{\n\t\t\"dup\": func(vm *VM) error { vm.push(vm.stack[len(vm.stack)-1]); return nil },\n\t}\n\treturn vm\n}", stmts: "vm := NewVM()\nvm.push(4)\nfmt.Println(vm.ops[\"dup\"](vm), vm.stack)", want: "a field of VM whose function type refers back to VM"},
	{name: "cap of a local slice that append grows", decls: "func growth() {\n\tvar s []int\n\tfor i := range 6 {\n\t\ts = append(s, i)\n\t\tfmt.Println(len(s), cap(s))\n\t}\n}", stmts: "growth()", want: "cap of s, a local slice that append grows"},
	{name: "cap of a cell's byte slice that append grows", stmts: "b := []byte(nil)\nfor i := range 3 {\n\tb = append(b, byte(i))\n\tfmt.Println(len(b), cap(b))\n}", want: "cap of b"},
	{name: "method call through a generic interface in a generic method", decls: "type Spec[T any] interface{ Ok(T) bool }\ntype pred[T any] struct{ fn func(T) bool }\nfunc (p pred[T]) Ok(v T) bool { return p.fn(v) }\ntype not[T any] struct{ s Spec[T] }\nfunc (n not[T]) Ok(v T) bool { return !n.s.Ok(v) }\ntype Book struct{ Year int }\nfunc Filter[T any](xs []T, s Spec[T]) (out []T) {\n\tfor _, x := range xs {\n\t\tif s.Ok(x) {\n\t\t\tout = append(out, x)\n\t\t}\n\t}\n\treturn\n}", stmts: "var s Spec[Book] = not[Book]{pred[Book]{func(b Book) bool { return b.Year > 2000 }}}\nfmt.Println(Filter([]Book{{1999}, {2001}}, s))", want: "through the generic interface Spec"},
	{name: "method value", decls: "type Greeter struct{ name string }\nfunc (g Greeter) Hello(who string) string { return g.name + \" greets \" + who }", stmts: "g := Greeter{\"Ann\"}\nf := g.Hello\ng.name = \"Bob\"\nfmt.Println(f(\"Cid\"))", want: "the method value g.Hello"},
	{name: "slice as one variadic argument", decls: "func count(xs ...any) int { return len(xs) }", stmts: "args := []any{1, 2}\nfmt.Println(count(args))", want: "passed as one argument of count"},
	{name: "new of a value", decls: "type Config struct{ Retries *int }", stmts: "c := Config{Retries: new(3)}\nfmt.Println(*c.Retries)", want: "new(3) with a value"},
	{name: "type name under %T", decls: "type Rect struct{ W int }", stmts: "fmt.Printf(\"%T\\n\", Rect{1})", want: "%T with main.Rect"},
	{name: "type name under %#v", decls: "type Rect struct{ W int }", stmts: "fmt.Printf(\"%#v\\n\", Rect{1})", want: "%#v with main.Rect"},
	{name: "%#v of a named byte with a String method", decls: "type Mark byte\nconst X Mark = 'X'\nfunc (m Mark) String() string { return string(m) }", stmts: "fmt.Printf(\"%#v %v\\n\", X, X)", want: "%#v with main.Mark"},
	{name: "%T of a type parameter's slice, called with a program type", decls: "type Score int\nfunc report[T ~int | ~float64](xs []T) { fmt.Printf(\"%T %d\\n\", xs, len(xs)) }", stmts: "report([]Score{7, 9})\nreport([]float64{1.5})", want: "T may be main.Score"},
	{name: "reflect Name", decls: "type Rect struct{ W int }", stmts: "fmt.Println(reflect.TypeOf(Rect{1}).Name())", want: "reflect.TypeOf of main.Rect"},
	{name: "%T of a named float in any", decls: "type Celsius float64", stmts: "t := any(Celsius(20))\nfmt.Printf(\"%T %v\\n\", t, t)", want: "%T with any"},
	{name: "%T in a session function", decls: "type Rect2 struct{ W int }\nfunc kind(n int) string { return fmt.Sprintf(\"%T %d\", Rect2{n}, n) }", stmts: "fmt.Println(kind(2))", want: "this runs kind, which uses %T with main.Rect2"},
	{name: "String in a slice", decls: colorDecls, stmts: "fmt.Println([]Color{0, 2})", want: "String or Error method of main.Color inside"},
	{name: "String of a map key", decls: colorDecls, stmts: "fmt.Println(map[Color]int{2: 1})", want: "fmt.Println of map[main.Color]int"},
	{name: "String of a struct field", decls: "type Money int\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int(m)) }\ntype Item struct {\n\tName  string\n\tPrice Money\n}", stmts: "fmt.Println(Item{\"book\", 5})", want: "main.Money inside"},
	{name: "promoted String of an embedded struct", decls: "type Price struct{ C int }\nfunc (p Price) String() string { return fmt.Sprintf(\"$%d\", p.C) }\ntype Book struct {\n\tTitle string\n\tPrice\n}", stmts: "fmt.Println(Book{\"b\", Price{5}}, []Book{{\"c\", Price{6}}})", want: "fmt.Println of []main.Book"},
	{name: "Error of a package-level error variable", decls: codeErrDecls + "\nvar lastErr error = CodeErr{3}", stmts: "fmt.Println(lastErr)", want: "fmt.Println of error (it may hold a main.CodeErr)"},
	{name: "Error of a pointer", decls: "type PE struct{ m string }\nfunc (p *PE) Error() string { return p.m }", stmts: "fmt.Println(&PE{\"x\"})", want: "Error method of a pointer *main.PE"},
	{name: "String of a value in an interface of the program", decls: "type Counter interface {\n\tInc()\n\tString() string\n}\ntype mc struct{ n int }\nfunc (c *mc) Inc()           { c.n++ }\nfunc (c *mc) String() string { return \"mutex\" }", stmts: "var c Counter = &mc{}\nc.Inc()\nfmt.Println(c)", want: "fmt.Println of main.Counter (it may hold a *main.mc)"},
	{name: "String of a value in any", decls: colorDecls, stmts: "fmt.Println(any(Color(1)))", want: "fmt.Println of any"},
	{name: "String with a pointer receiver, printed as a value", decls: "type T struct{ C int }\nfunc (t *T) String() string { return \"T!\" }", stmts: "fmt.Println(T{1})", want: "pointer receiver"},
	{name: "Error and String", decls: "type Both struct{}\nfunc (Both) Error() string  { return \"as error\" }\nfunc (Both) String() string { return \"as string\" }", stmts: "fmt.Println(Both{})", want: "both Error and String"},
	{name: "%w of a session error", decls: "type E2 struct{}\nfunc (E2) Error() string { return \"e\" }", stmts: "fmt.Println(fmt.Errorf(\"w: %w\", E2{}))", want: "%w with main.E2"},
	{name: "%+v of unexported fields", decls: accountDecls, stmts: "fmt.Printf(\"%+v\\n\", account{\"ann\", 1})", want: "unexported field balance"},
	{name: "json of unexported fields", decls: accountDecls, stmts: "b, _ := json.Marshal(account{\"ann\", 1})\nfmt.Println(string(b))", want: "encoding/json with main.account"},
	{name: "json of an embedded struct", decls: "type Base struct{ ID int }\ntype Post struct {\n\tBase\n\tTitle string\n}", stmts: "b, _ := json.Marshal(Post{Base{1}, \"t\"})\nfmt.Println(string(b))", want: "embedded Base"},
	{name: "json Marshaler inside a slice", decls: "type St int\nfunc (St) MarshalJSON() ([]byte, error) { return []byte(`\"x\"`), nil }", stmts: "b, _ := json.Marshal([]St{1})\nfmt.Println(string(b))", want: "MarshalJSON"},
	{name: "errors.As with a session type", decls: "type VE struct{}\nfunc (*VE) Error() string { return \"ve\" }", stmts: "var ve *VE\nfmt.Println(errors.As(fmt.Errorf(\"w: %w\", &VE{}), &ve))", want: "errors.As with a target of type **main.VE"},
	{name: "errors.Is with an Is method", decls: "type NF struct{ Code int }\nfunc (e NF) Error() string { return \"nf\" }\nfunc (e NF) Is(t error) bool { return t == NF{} }", stmts: "fmt.Println(errors.Is(NF{404}, NF{}))", want: "errors.Is where NF has an Is method"},
	{name: "typed nil pointer in an error", decls: "type PE struct{}\nfunc (*PE) Error() string { return \"pe\" }\nfunc find() error {\n\tvar p *PE\n\treturn p\n}", stmts: "fmt.Println(find() == nil)", want: "this runs find, which uses a *main.PE that may be nil"},
	{name: "method expression", decls: "type A struct{ n int }\nfunc (a A) Get() int { return a.n }", stmts: "get := A.Get\nfmt.Println(get(A{3}))", want: "method expression A.Get"},
	{name: "interface embedded next to fields", decls: "type Logger interface{ Log(string) }\ntype pl struct{}\nfunc (pl) Log(s string) { fmt.Println(\"log:\", s) }\ntype Svc struct {\n\tLogger\n\tname string\n}", stmts: "s := Svc{pl{}, \"x\"}\ns.Log(s.name)", want: "struct type Svc embeds an interface", inDecls: true},
	{name: "two types with one underlying type", decls: "type Pa struct{ X int }\ntype Pb struct{ X int }", stmts: "v := any(Pb{1})\nswitch v.(type) {\ncase Pa:\n\tfmt.Println(\"Pa\")\ncase Pb:\n\tfmt.Println(\"Pb\")\n}", want: "cannot tell from"},
	{name: "context keys of two empty struct types", decls: "type userKey struct{}\ntype tenantKey struct{}", stmts: "ctx := context.WithValue(context.Background(), userKey{}, \"ann\")\nctx = context.WithValue(ctx, tenantKey{}, \"acme\")\nfmt.Println(ctx.Value(userKey{}), ctx.Value(tenantKey{}))", want: "context key of type main.userKey"},
	{name: "json of a value with methods in a map of any", decls: "type VE map[string]string\nfunc (v VE) Error() string { return \"ve\" }\ntype U struct{ Name string }\nfunc (u *U) Hi() {}", stmts: "b, _ := json.Marshal(map[string]any{\"fields\": VE{\"f\": \"x\"}, \"users\": []any{U{\"a\"}, &U{\"b\"}}})\nfmt.Println(string(b))", want: "encoding/json with map[string]any"},
	{name: "context key of a named string", decls: "type key string", stmts: "ctx := context.WithValue(context.Background(), key(\"u\"), 1)\nfmt.Println(ctx.Value(\"u\"))", want: "context key of type main.key"},
	{name: "recovered value's type", decls: "func try() (s string) {\n\tdefer func() { s = fmt.Sprintf(\"%T\", recover()) }()\n\tpanic(\"x\")\n}", stmts: "fmt.Println(try())", want: "value of recover()"},
	{name: ":= of a session variable a function uses", decls: "var x = \"package\"\nfunc show() { fmt.Println(\"show:\", x) }", stmts: "x := \"local\"\nshow()\nfmt.Println(x)", want: "x := declares a new x for this cell, but the interpreter rebinds the session's x, which show uses"},
	{name: "assertion of an error to an interface literal", stmts: "w := fmt.Errorf(\"%w and %w\", errors.New(\"a\"), errors.New(\"b\"))\nif u, ok := w.(interface{ Unwrap() []error }); ok {\n\tfmt.Println(len(u.Unwrap()))\n}", want: "the assertion w.(interface{Unwrap() []error}) of a value in error"},
	{name: "type switch of an error to a session interface", decls: coderDecls, stmts: "switch e := get().(type) {\ncase Coder:\n\tfmt.Println(\"code\", e.Code())\ndefault:\n\tfmt.Println(\"other\")\n}", want: "the type switch case Coder on a value in error"},
	{name: "json error naming a session type", decls: orderDecls, stmts: "var o Order\nerr := json.Unmarshal([]byte(`{\"id\": \"seven\"}`), &o)\nfmt.Println(err)", want: "the error of json.Unmarshal into *main.Order, which is used"},
	{name: "deferred closure in a loop", decls: "func rev() {\n\tfor i := range 3 {\n\t\tdefer func() { fmt.Print(i, \" \") }()\n\t}\n}", stmts: "rev()\nfmt.Println()", want: "this runs rev, which uses a deferred function literal in a loop that uses i"},
	{name: "deferred closure of a body variable", decls: "func each(xs []string) {\n\tfor _, s := range xs {\n\t\tx := s\n\t\tdefer func() { fmt.Print(x) }()\n\t}\n}", stmts: "each([]string{\"a\", \"b\", \"c\"})\nfmt.Println()", want: "uses x, declared in each iteration"},
	{name: "nil receiver String", decls: nilListDecls, stmts: "var l *List\nfmt.Println(l)\nfmt.Printf(\"%v|%s\\n\", l, l)", want: "a *main.List that may be nil, printed: its String method works for a nil receiver"},
	{name: "panic with a pointer error", decls: "type PErr struct{ m string }\nfunc (e *PErr) Error() string { return \"bad \" + e.m }", stmts: "panic(&PErr{\"x\"})", panics: "bad x", want: "panic with a value of type *main.PErr"},
	{name: "panic with a Stringer", decls: "type St int\nfunc (St) String() string { return \"St!\" }\nfunc boom() { panic(St(1)) }", stmts: "boom()", panics: "St!", want: "this runs boom, which uses panic with a value of type main.St"},
	{name: "recursive generic over a generic type", hangs: true, decls: "type node[T any] struct {\n\tval  T\n\tnext *node[T]\n}\nfunc depth[T any](n *node[T]) int {\n\tif n == nil {\n\t\treturn 0\n\t}\n\treturn 1 + depth(n.next)\n}", stmts: "fmt.Println(depth(&node[int]{1, &node[int]{2, nil}}))", want: "this runs depth, which uses the recursive call depth"},
	{name: "deferred local function literal", hangs: true, decls: "func k() {\n\tf := func() { fmt.Println(\"f\") }\n\tdefer f()\n\tfmt.Println(\"body\")\n}", stmts: "k()\nfmt.Println(\"after\")", want: "the deferred call of f, a local variable holding a function literal"},
	{name: "local function literal called in a deferred literal", hangs: true, decls: "func k2() {\n\tf := func() { fmt.Println(\"f\") }\n\tdefer func() { f() }()\n}", stmts: "k2()\nfmt.Println(\"after\")", want: "a call of f, a local variable holding a function literal, in a deferred function literal"},
	{name: "deferred function literal with arguments", hangs: true, decls: "func k3() {\n\tdefer func(n int) { fmt.Println(\"d\", n) }(1)\n}", stmts: "k3()\nfmt.Println(\"after\")", want: "a deferred function literal called with arguments"},
	{name: "assertion of an error to its struct type", decls: myErrDecls, stmts: "err := get()\nme, ok := err.(MyErr)\nfmt.Println(me.Code, ok)\nswitch err.(type) {\ncase MyErr:\n\tfmt.Println(\"MyErr\")\ndefault:\n\tfmt.Println(\"other\")\n}", want: "to the struct type main.MyErr of a value in error"},
	{name: "assertion of a pointer converted to any", decls: "type Resetter interface{ Reset() }\ntype Ctr2 struct{ n int }\nfunc (c *Ctr2) Reset() { c.n = 0 }", stmts: "func() {\n\tb := Ctr2{}\n\t_, ok := any(&b).(Resetter)\n\tfmt.Println(ok)\n}()", want: "to the interface main.Resetter of any(&b)"},
	{name: "assertion of a literal put in any", decls: shapeDecls, stmts: "a := any(Sq{2})\n_, ok := a.(Shape)\nvar b any = Sq{3}\n_, ok2 := b.(Shape)\nfmt.Println(ok, ok2)", want: "to the interface main.Shape of a, given a main.Sq literal"},
	{name: "recursive generic function with a pointer to a program type", decls: "type Node struct {\n\tv    int\n\tnext *Node\n}\nfunc Count[T any](n *Node, x T) int {\n\tif n == nil {\n\t\treturn 0\n\t}\n\treturn 1 + Count(n.next, x)\n}", stmts: "fmt.Println(Count(&Node{1, &Node{2, nil}}, \"x\"))", want: "the recursive call Count of a generic function with a pointer to a type of the program"},
	{name: "recursive generic call in a literal with a struct's address taken", decls: "func visit[T any](x T, n int) {\n\tfmt.Println(\"enter\", n)\n\tif n == 0 {\n\t\treturn\n\t}\n\tvar wg sync.WaitGroup\n\twg.Go(func() { visit(x, n-1) })\n\twg.Wait()\n}", stmts: "visit(\"m\", 2)", want: "the recursive call visit of a generic function in a function literal"},
	{name: "%d of a value with a String method", decls: colorDecls, stmts: "c := Color(1)\nfmt.Printf(\"%d %v\\n\", c, c)", want: "%d with main.Color"},
	{name: "log/slog with a LogValuer of the program", decls: "type User struct{ ID int }\nfunc (u User) LogValue() slog.Value { return slog.IntValue(u.ID) }", stmts: "l := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {\n\tif a.Key == slog.TimeKey {\n\t\treturn slog.Attr{}\n\t}\n\treturn a\n}}))\nl.Info(\"login\", \"user\", User{7})", want: "log/slog with main.User"},
	{name: "nil pointer whose String passes its receiver on", decls: "type node struct {\n\tv    int\n\tnext *node\n}\nfunc walk(n *node) []int {\n\tvar out []int\n\tfor ; n != nil; n = n.next {\n\t\tout = append(out, n.v)\n\t}\n\treturn out\n}\nfunc (n *node) String() string { return fmt.Sprint(walk(n)) }", stmts: "var empty *node\nfmt.Println(\"empty:\", empty)", want: "a *main.node that may be nil"},
	{name: "%d of its own type in a String method", decls: "type Cents int64\nfunc (c Cents) String() string { return fmt.Sprintf(\"$%d.%02d\", c/100, c%100) }", stmts: "total := Cents(12324)\nfmt.Println(\"total:\", total)", want: "this calls a method that runs Cents.String, which uses %d with main.Cents"},
	{name: "encoding/gob of a struct with an unexported field", decls: "type P struct {\n\tName   string\n\thidden int\n}", stmts: "var buf bytes.Buffer\ngob.NewEncoder(&buf).Encode(P{\"a\", 9})\nvar q P\ngob.NewDecoder(&buf).Decode(&q)\nfmt.Println(q.Name, q.hidden)", want: "encoding/gob with main.P"},
	{name: "encoding/xml of a program type", decls: "type Item struct {\n\tK string `xml:\"k,attr\"`\n\tV string `xml:\",chardata\"`\n}", stmts: "b, err := xml.Marshal(Item{\"a\", \"1\"})\nfmt.Println(string(b), err)", want: "encoding/xml with main.Item"},
	{name: "errors.As through an Unwrap method of the program", decls: "type ParseError struct {\n\tLine int\n\tErr  error\n}\nfunc (e *ParseError) Error() string { return fmt.Sprint(\"line \", e.Line, \": \", e.Err) }\nfunc (e *ParseError) Unwrap() error { return e.Err }", stmts: "_, err := strconv.Atoi(\"x\")\nerr = &ParseError{7, err}\nvar ne *strconv.NumError\nfmt.Println(errors.As(err, &ne))", want: "errors.As with err, which may hold a *main.ParseError with an Unwrap method"},
	{name: "deferred method call of a loop variable", decls: ctrDecls + "\nfunc bump(cs []*Ctr) {\n\tfor _, c := range cs {\n\t\tdefer c.add(1)\n\t}\n}", stmts: "cs := []*Ctr{{}, {}}\nbump(cs)\nfmt.Println(cs[0].n, cs[1].n)", want: "this runs bump, which uses defer c.add(...) with the receiver c, declared in each iteration"},
	{name: "go method call of a receiver assigned after", racy: true, decls: ctrDecls + "\nfunc (c *Ctr) addWG(wg *sync.WaitGroup) {\n\tc.n++\n\twg.Done()\n}", stmts: "a, b := &Ctr{}, &Ctr{}\nc := a\nvar wg sync.WaitGroup\nwg.Add(1)\ngo c.addWG(&wg)\nc = b\nwg.Wait()\nfmt.Println(a.n, b.n)", want: "go c.addWG(...) with the receiver c, assigned after it"},
	{name: "cell's deferred method call of a receiver assigned after", decls: ctrDecls + "\nfunc (c *Ctr) show() { fmt.Println(\"n\", c.n) }", stmts: "d := &Ctr{}\ndefer d.show()\nd = &Ctr{n: 5}\nfmt.Println(\"body\", d.n)", want: "defer d.show(...) with the receiver d, assigned after it"},
	{name: "pointer method value of a receiver assigned after", decls: ctrDecls, stmts: "a, b := &Ctr{}, &Ctr{}\nc := a\nf := c.add\nc = b\nf(1)\nfmt.Println(a.n, b.n)", want: "the method value c.add with the receiver c, assigned after it"},
	{name: "recovered runtime error", decls: "func idx(xs []int, i int) (msg string) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tmsg = fmt.Sprint(r)\n\t\t}\n\t}()\n\treturn fmt.Sprint(xs[i])\n}", stmts: "fmt.Println(idx([]int{1}, 3))", want: "value of recover()"},
	{name: "== of an error with a sentinel of the program", decls: sentinelDecls + "\nfunc check(e error) bool { return e == ErrX }", stmts: "fmt.Println(check(ErrX))", want: "this runs check, which uses == of e and ErrX, which may hold a *main.MyErr"},
	{name: "errors.Is with a sentinel of the program", decls: "type VErr struct{ c int }\nfunc (e VErr) Error() string { return \"v\" }\nvar ErrV = VErr{2}", stmts: "var e error = ErrV\nfmt.Println(errors.Is(e, ErrV))", want: "errors.Is with ErrV, which may hold a main.VErr"},
	{name: "switch on any with a case of a program type", decls: colorDecls + "\nfunc isGreen(v any) bool {\n\tswitch v {\n\tcase Color(1):\n\t\treturn true\n\t}\n\treturn false\n}", stmts: "fmt.Println(isGreen(Color(1)))", want: "switch v with case Color(1)"},
	{name: "nil map with a String method", decls: "type Set map[string]bool\nfunc (s Set) String() string { return fmt.Sprint(\"set of \", len(s)) }", stmts: "var s Set\nfmt.Println(s)", want: "prints a nil main.Set as <nil>"},
	{name: "map with interface keys of a program type", decls: "type K struct{ a int }\nfunc (k K) M() {}\nfunc add(m map[any]int, k any) { m[k]++ }", stmts: "m := map[any]int{}\nadd(m, K{1})\nadd(m, K{1})\nfmt.Println(len(m))", want: "a key k of a map with any keys"},
	{name: "template calling a method", decls: "import \"text/template\"\ntype Rep struct{ Done []bool }\nfunc (r Rep) Pending() int {\n\tn := 0\n\tfor _, d := range r.Done {\n\t\tif !d {\n\t\t\tn++\n\t\t}\n\t}\n\treturn n\n}", stmts: "t := template.Must(template.New(\"r\").Parse(\"{{len .Done}} tasks, {{.Pending}} pending\\n\"))\nif err := t.Execute(os.Stdout, Rep{[]bool{true, false, false}}); err != nil {\n\tfmt.Println(\"error:\", err)\n}", want: "text/template's Execute of main.Rep (the interpreter's text/template sees no methods of main.Rep"},
	{name: "template printing a Stringer field", decls: "import \"html/template\"\ntype Money int\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int(m)) }\ntype Item struct {\n\tTitle string\n\tPrice Money\n}", stmts: "t := template.Must(template.New(\"i\").Parse(\"<p>{{.Title}}: {{.Price}}</p>\\n\"))\nt.Execute(os.Stdout, Item{\"book\", 5})", want: "html/template's Execute of main.Item (the interpreter's text/template sees no methods of main.Money"},
	{name: "template of any holding a pointer with methods", decls: "import \"text/template\"\n" + ctrDecls + "\nfunc (c *Ctr) Next() int { c.n++; return c.n }\nvar data any = &Ctr{}", stmts: "t := template.Must(template.New(\"c\").Parse(\"{{.Next}} {{.Next}}\\n\"))\nif err := t.Execute(os.Stdout, data); err != nil {\n\tfmt.Println(\"error:\", err)\n}", want: "text/template's Execute of any (it may hold a main.Ctr)"},
	{name: "template of a promoted field", decls: "import \"text/template\"\ntype Base struct{ ID int }\ntype Post struct {\n\tBase\n\tTitle string\n}", stmts: "t := template.Must(template.New(\"p\").Parse(\"{{.ID}} {{.Title}}\\n\"))\nif err := t.Execute(os.Stdout, Post{Base{7}, \"hi\"}); err != nil {\n\tfmt.Println(\"error:\", err)\n}", want: "fields main.Post promotes from its embedded Base"},
	{name: "template function returning a Stringer", decls: "import \"text/template\"\ntype Level int\nfunc (l Level) String() string { return [...]string{\"low\", \"high\"}[l] }", stmts: "fm := template.FuncMap{\"level\": func(n int) Level { return Level(n % 2) }}\nt := template.Must(template.New(\"l\").Funcs(fm).Parse(\"{{level 3}} {{level 4}}\\n\"))\nt.Execute(os.Stdout, nil)", want: "the text/template function \"level\" returning main.Level"},
	{name: "template error of an unexported field", decls: "import \"text/template\"\ntype user struct {\n\tName string\n\tage  int\n}", stmts: "t := template.Must(template.New(\"u\").Parse(\"{{.Name}} is {{.age}}\\n\"))\nerr := t.Execute(os.Stdout, user{\"ann\", 30})\nfmt.Println()\nfmt.Println(err)", want: "the error of text/template's Execute of main.user, which is shown (for a template that uses the unexported field age of main.user"},
	{name: "template printf of a type name", decls: "import \"text/template\"\ntype Celsius float64", stmts: "t := template.Must(template.New(\"c\").Parse(`{{printf \"%T %v\" . .}}` + \"\\n\"))\nt.Execute(os.Stdout, Celsius(21.5))", want: "text/template's Execute of main.Celsius, with a template that prints with %T"},
	{name: "a value with methods in a []any, printed", decls: "type Dir int\nfunc (d Dir) String() string { return [...]string{\"N\", \"E\"}[d] }\ntype Q struct{ A int }\nfunc (q Q) Area() int { return q.A }", stmts: "xs := []any{Dir(0), Dir(1)}\nfmt.Println(xs, struct{ V any }{Q{2}})", want: "held in an interface inside another value"},
	{name: "a template error naming a program type", decls: "import \"text/template\"\ntype Page struct{ Title string }", stmts: "t := template.Must(template.New(\"p\").Parse(\"{{.Title}} {{.Missing}}\\n\"))\nif err := t.Execute(os.Stdout, Page{\"x\"}); err != nil {\n\tfmt.Println(\"error:\", err)\n}", want: "a template names .Missing"},
	{name: "negative zero into a function", decls: "import \"math\"\nfunc neg(f float64) bool { return math.Signbit(f) }", stmts: "z := math.Copysign(0, -1)\nfmt.Println(neg(z), math.Signbit(z))", want: "a float argument of neg"},
}

const sentinelDecls = "type MyErr struct{ c int }\nfunc (e *MyErr) Error() string { return \"my\" }\nvar ErrX = &MyErr{1}"

const ctrDecls = "type Ctr struct{ n int }\nfunc (c *Ctr) add(k int) { c.n += k }"
const colorDecls = "type Color int\nfunc (c Color) String() string { return [...]string{\"Red\", \"Green\", \"Blue\"}[c] }"
const codeErrDecls = "type CodeErr struct{ Code int }\nfunc (e CodeErr) Error() string { return fmt.Sprint(\"code \", e.Code) }"
const coderDecls = "type Coder interface{ Code() int }\ntype CE struct{ C int }\nfunc (e CE) Error() string { return \"ce\" }\nfunc (e CE) Code() int { return e.C }\nfunc get() error { return CE{7} }"
const nilListDecls = "type List struct{ v int }\nfunc (l *List) String() string {\n\tif l == nil {\n\t\treturn \"empty\"\n\t}\n\treturn fmt.Sprint(\"list \", l.v)\n}"
const myErrDecls = "type MyErr struct{ Code int }\nfunc (e MyErr) Error() string { return fmt.Sprint(\"code \", e.Code) }\nfunc get() error { return MyErr{7} }"
const shapeDecls = "type Shape interface{ Area() int }\ntype Sq struct{ S int }\nfunc (s Sq) Area() int { return s.S * s.S }"
const orderDecls = "type Order struct {\n\tID int `json:\"id\"`\n}"
const accountDecls = "type account struct {\n\tOwner   string\n\tbalance int\n}"

// nearMisses are close to a construct and run right: the guard must let
// them run.
var nearMisses = []construct{
	{name: "a generic type that refers to itself, instantiated once for a generic function", decls: "type node[V any] struct {\n\tkids map[rune]*node[V]\n\tv    V\n}\nfunc (n *node[V]) put(r rune, v V) {\n\tif n.kids == nil {\n\t\tn.kids = map[rune]*node[V]{}\n\t}\n\tn.kids[r] = &node[V]{v: v}\n}", stmts: "var a node[int]\na.put('x', 1)\na.put('z', 2)\nfmt.Println(slices.Sorted(maps.Keys(a.kids)))"},
	{name: "a generic type that refers to itself, instantiated twice, with its methods only", decls: "type node[V any] struct {\n\tkids map[rune]*node[V]\n\tv    V\n}\nfunc (n *node[V]) put(r rune, v V) {\n\tif n.kids == nil {\n\t\tn.kids = map[rune]*node[V]{}\n\t}\n\tn.kids[r] = &node[V]{v: v}\n}", stmts: "var a node[int]\na.put('x', 1)\nvar b node[string]\nb.put('y', \"s\")\nfmt.Println(len(a.kids), a.kids['x'].v, b.kids['y'].v)"},
	// yaegi panicked on such literals in larger programs
	// (evt_cron_scheduler, evt_traffic_light): the guard sends them
	// compiled, and the output is Go's either way.
	{name: "a struct literal setting a func field that refers back to the struct", decls: "type Task struct {\n\tID int\n\tFn func(t *Task, now time.Duration)\n}\ntype Scheduler struct{ tasks []*Task }\nfunc (s *Scheduler) Every(id int, fn func(*Task, time.Duration)) *Task {\n\tt := &Task{ID: id, Fn: fn}\n\ts.tasks = append(s.tasks, t)\n\treturn t\n}", stmts: "s := &Scheduler{}\nt := s.Every(1, func(t *Task, now time.Duration) { fmt.Println(\"run\", t.ID, now) })\nt.Fn(t, 5)", compiles: true},
	{name: "cap of a printed slice that append grows", stmts: "t := []int(nil)\nfor i := range 3 {\n\tt = append(t, i)\n\tfmt.Println(len(t), cap(t), t)\n}"},
	{name: "%T of builtin types", stmts: "fmt.Printf(\"%T %T %v\\n\", 3, []string{\"a\"}, map[string]int{\"a\": 1})"},
	{name: "slice of a session struct without methods", decls: "type P struct{ X, Y int }", stmts: "fmt.Println([]P{{1, 2}}, P{3, 4}, map[string]P{\"a\": {5, 6}})"},
	{name: "a Stringer printed itself", decls: colorDecls, stmts: "fmt.Println(Color(1))\nfmt.Printf(\"%v %s|\\n\", Color(2), Color(0))"},
	{name: "%+v and json of exported fields", decls: "type Pt struct{ X, Y int }", stmts: "fmt.Printf(\"%+v %v\\n\", Pt{1, 2}, Pt{3, 4})\nb, _ := json.Marshal(Pt{1, 2})\nfmt.Println(string(b))"},
	{name: "%v of unexported fields", decls: accountDecls, stmts: "fmt.Println(account{\"ann\", 1})\nfmt.Printf(\"%v\\n\", account{\"bob\", 2})"},
	{name: "errors of the standard library", decls: "func check(n int) error {\n\tif n < 0 {\n\t\treturn errors.New(\"negative\")\n\t}\n\treturn nil\n}", stmts: "fmt.Println(check(-1), check(1) == nil)\nerr := fmt.Errorf(\"wrap: %w\", check(-2))\nfmt.Println(err, errors.Unwrap(err) != nil)"},
	{name: "errors.As with a standard type", stmts: "_, err := os.Open(\"/nonexistent/x\")\nvar pe *os.PathError\nfmt.Println(errors.As(err, &pe), pe.Path)"},
	{name: "type switch on distinct session types", decls: "type Shape interface{ Area() float64 }\ntype Circle struct{ R float64 }\ntype Square struct{ S float64 }\nfunc (c Circle) Area() float64 { return 3 * c.R * c.R }\nfunc (s Square) Area() float64 { return s.S * s.S }", stmts: "for _, s := range []Shape{Circle{1}, Square{2}} {\n\tswitch v := s.(type) {\n\tcase Circle:\n\t\tfmt.Println(\"circle\", v.R, v.Area())\n\tcase Square:\n\t\tfmt.Println(\"square\", v.S, v.Area())\n\t}\n}"},
	{name: "a pointer error that is never nil", decls: "type QE struct{ m string }\nfunc (e *QE) Error() string { return e.m }\nfunc q(bad bool) error {\n\tif bad {\n\t\treturn &QE{\"bad\"}\n\t}\n\treturn nil\n}", stmts: "err := q(true)\nfmt.Println(err.Error(), q(false) == nil, err != nil)"},
	{name: "errors of the session in error values", decls: codeErrDecls + "\nfunc get() error { return CodeErr{7} }\ntype PE struct{ m string }\nfunc (p *PE) Error() string { return p.m }\nfunc getP() error { return &PE{\"pe\"} }", stmts: "fmt.Println(get(), getP(), []error{get(), getP()})\nfmt.Printf(\"%v %s\\n\", get(), getP())"},
	{name: "a Stringer in a fmt.Stringer", decls: colorDecls + "\nfunc pick() fmt.Stringer { return Color(1) }", stmts: "var s fmt.Stringer = Color(2)\nfmt.Println(s, pick())"},
	{name: "a Stringer pointer printed itself", decls: "type Node struct{ V int }\nfunc (n *Node) String() string { return fmt.Sprint(\"node \", n.V) }", stmts: "fmt.Println(&Node{4})"},
	{name: "case error", stmts: "switch x := any(errors.New(\"bad\")).(type) {\ncase error:\n\tfmt.Println(\"error:\", x)\ndefault:\n\tfmt.Println(\"default\")\n}"},
	{name: "recover compared with nil", decls: "func safe(f func()) (ok bool) {\n\tdefer func() { ok = recover() == nil }()\n\tf()\n\treturn\n}", stmts: "fmt.Println(safe(func() {}), safe(func() { panic(\"x\") }))"},
	{name: ":= of a session variable no function uses", decls: "var label = \"package\"\nvar n = 1\nfunc shown() { fmt.Println(\"n:\", n) }", stmts: "label := \"local\"\nn := \"other type\"\nshown()\nfmt.Println(label, n)"},
	{name: "assertions the interpreter matches", decls: "type Shape interface{ Area() int }\ntype Namer interface{ Name() string }\ntype Sq struct{ S int }\nfunc (s Sq) Area() int { return s.S * s.S }\nfunc (s Sq) Name() string { return \"sq\" }\nfunc describe(s Shape) string {\n\tif n, ok := s.(Namer); ok {\n\t\treturn n.Name()\n\t}\n\treturn \"?\"\n}", stmts: "var r io.Reader = strings.NewReader(\"abc\")\nif _, ok := r.(io.WriterTo); ok {\n\tfmt.Println(\"WriterTo\")\n}\nfmt.Println(describe(Sq{2}))"},
	{name: "json errors compared, or into no session type", decls: orderDecls, stmts: "var o Order\nif err := json.Unmarshal([]byte(`{\"id\": \"seven\"}`), &o); err != nil {\n\tfmt.Println(\"bad order\")\n}\nvar m map[string]int\nfmt.Println(json.Unmarshal([]byte(`{\"a\": \"x\"}`), &m))"},
	{name: "defers in a loop that need no iteration variable", decls: "func last() {\n\tx := 0\n\tfor i := range 3 {\n\t\tx = i\n\t\tdefer func() { fmt.Print(x, \" \") }()\n\t}\n}\nfunc byValue() {\n\tfor i := range 3 {\n\t\tj := i\n\t\tdefer fmt.Print(j, \" \")\n\t}\n}\nfunc inner() {\n\tfor i := range 3 {\n\t\tfunc() { defer func() { fmt.Print(i, \" \") }() }()\n\t}\n}", stmts: "last()\nbyValue()\ninner()\nfmt.Println()\nfor i := range 2 {\n\tdefer func() { fmt.Print(i, \" \") }()\n}"},
	{name: "closures of a loop stored or started", decls: "func store() []func() {\n\tvar fs []func()\n\tfor i := range 3 {\n\t\tfs = append(fs, func() { fmt.Print(i, \" \") })\n\t}\n\treturn fs\n}", stmts: "for _, f := range store() {\n\tf()\n}\nfmt.Println()"},
	{name: "Stringer pointers printed, not nil or not nil-aware", decls: nilListDecls + "\ntype Plain struct{ v int }\nfunc (p *Plain) String() string { return fmt.Sprint(\"plain \", p.v) }", stmts: "var p *Plain\nfmt.Println(&List{2}, new(List), p, &Plain{})"},
	{name: "panics with standard values, or recovered", decls: "type PErr struct{ m string }\nfunc (e *PErr) Error() string { return \"bad \" + e.m }\nfunc safe() (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = errors.New(\"recovered\")\n\t\t}\n\t}()\n\tpanic(&PErr{\"x\"})\n}\nfunc pos(n int) int {\n\tif n < 0 {\n\t\tpanic(fmt.Sprintf(\"negative %d\", n))\n\t}\n\treturn n\n}", stmts: "fmt.Println(safe(), pos(3))"},
	{name: "recursive generics over slices, generic methods", decls: "func sum[T int | float64](xs []T) T {\n\tif len(xs) == 0 {\n\t\treturn 0\n\t}\n\treturn xs[0] + sum(xs[1:])\n}\ntype chain[T any] struct {\n\tv    T\n\tnext *chain[T]\n}\nfunc (c *chain[T]) Len() int {\n\tif c == nil {\n\t\treturn 0\n\t}\n\treturn 1 + c.next.Len()\n}", stmts: "fmt.Println(sum([]int{1, 2, 3}), (&chain[int]{1, &chain[int]{2, nil}}).Len())"},
	{name: "deferred parameters and package functions", decls: "var hook = func() { fmt.Println(\"hook\") }\nfunc mk() func() { return func() { fmt.Println(\"made\") } }\nfunc run(g func()) {\n\tf := mk()\n\tdefer g()\n\tdefer hook()\n\tdefer f()\n\tdefer func() { fmt.Println(\"lit\") }()\n}", stmts: "run(func() { fmt.Println(\"g\") })\nf := func() { fmt.Println(\"top\") }\ndefer f()\nfmt.Println(\"body\")"},
	{name: "assertions of errors that match", decls: "type PE2 struct{ Code int }\nfunc (e *PE2) Error() string { return \"p\" }\ntype NE string\nfunc (e NE) Error() string { return string(e) }\ntype ZE struct{}\nfunc (ZE) Error() string { return \"z\" }\nfunc errs() []error { return []error{&PE2{1}, NE(\"n\"), ZE{}} }", stmts: "es := errs()\np, ok1 := es[0].(*PE2)\n_, ok2 := es[1].(NE)\n_, ok3 := es[2].(ZE)\nfmt.Println(p.Code, ok1, ok2, ok3)"},
	{name: "assertions of values passed in any", decls: shapeDecls + "\nfunc isShape(a any) bool {\n\t_, ok := a.(Shape)\n\treturn ok\n}", stmts: "xs := []any{Sq{2}}\n_, ok := xs[0].(Shape)\nvar a any = Sq{3}\n_, isSq := a.(Sq)\nfmt.Println(isShape(Sq{1}), ok, isSq)"},
	{name: "go and defer of methods whose receiver stays", decls: ctrDecls + "\nfunc (c *Ctr) run(wg *sync.WaitGroup) {\n\tdefer wg.Done()\n\tc.n++\n}\nfunc (c *Ctr) show() { fmt.Println(\"n\", c.n) }\nfunc work() {\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tdefer mu.Unlock()\n\tc := &Ctr{}\n\tdefer c.show()\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo c.run(&wg)\n\twg.Wait()\n\tadd := c.add\n\tadd(2)\n}", stmts: "work()\nd := &Ctr{}\ndefer d.show()\nd.add(5)\nfmt.Println(\"body\", d.n)"},
	{name: "templates of plain values", decls: "import \"text/template\"\ntype Task struct {\n\tTitle string\n\tDone  bool\n\tnote  string\n}\ntype Board struct {\n\tName  string\n\tTasks []Task\n\tMeta  map[string]int\n}\ntype Lvl int", stmts: "k := 10\nfm := template.FuncMap{\"add\": func(n int) int { return n + k }, \"mk\": func(s string) Task { return Task{Title: s} }}\nt := template.Must(template.New(\"b\").Funcs(fm).Parse(\"{{.Name}}: {{range $i, $t := .Tasks}}{{add $i 1}}.{{$t.Title}}{{if $t.Done}}(x){{end}} {{end}}{{range $k, $v := .Meta}}{{$k}}={{$v}} {{end}}{{(mk \\\"z\\\").Title}}\\n\"))\nif err := t.Execute(os.Stdout, Board{\"b\", []Task{{\"a\", true, \"n\"}, {\"c\", false, \"\"}}, map[string]int{\"x\": 1}}); err != nil {\n\tfmt.Println(err)\n}\ndata := map[string]any{\"T\": Task{Title: \"t\"}, \"L\": Lvl(2)}\ntemplate.Must(template.New(\"m\").Parse(\"{{.T.Title}} {{if eq .L 2}}two{{end}}\\n\")).Execute(os.Stdout, data)"},
	{name: "a float argument without signed zeros", decls: "func half(f float64) float64 { return f / 2 }", stmts: "z := 0.0\nfmt.Println(half(z), half(3))"},
	{name: "a method value", decls: "type A3 struct{ n int }\nfunc (a A3) Get() int { return a.n }", stmts: "a := A3{3}\nget := a.Get\nfmt.Println(get(), a.Get())", compiles: true},
}

var (
	goRunMu   sync.Mutex
	goRunSeen = map[string]string{} // program -> its output, guarded by goRunMu
)

// goRun is what `go run` prints for the program of a cell pair, as
// program.Main assembles it. Each program is run once per test binary
// (several tests ask for the same construct).
func goRun(t *testing.T, c construct) string {
	t.Helper()
	key := c.decls + "\x00" + c.stmts + "\x00" + c.panics
	goRunMu.Lock()
	out, seen := goRunSeen[key]
	goRunMu.Unlock()
	if seen {
		return out
	}
	out = goRunOnce(t, c)
	goRunMu.Lock()
	goRunSeen[key] = out
	goRunMu.Unlock()
	return out
}

func goRunOnce(t *testing.T, c construct) string {
	t.Helper()
	src, err := program.Main(nil, c.decls+"\n"+c.stmts, program.Options{})
	if err != nil {
		t.Fatalf("%s: program: %v", c.name, err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.go"), src.Files[program.MainFile], 0o644); err != nil {
		t.Fatal(err)
	}
	goRunMu.Lock()
	defer goRunMu.Unlock()
	cmd := exec.Command("go", "run", "main.go")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if c.panics != "" {
		if !strings.HasPrefix(stderr.String(), "panic: "+c.panics+"\n") {
			t.Fatalf("%s: go run does not panic with %q: %v\n%s", c.name, c.panics, err, stderr.String())
		}
		return string(out)
	}
	if err != nil {
		t.Fatalf("%s: go run: %v\n%s", c.name, err, src.Files[program.MainFile])
	}
	return string(out)
}

func startKernel(t *testing.T, env ...string) *client.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := client.Launch(ctx, []string{kernelBin, "-f", "{connection_file}"},
		client.LaunchOptions{Dir: t.TempDir(), Env: append([]string{"GOKERNEL_TYPECHECK=wait"}, env...)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	return c
}

func run(t *testing.T, c *client.Client, code string) *client.ExecResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	res, err := c.Execute(ctx, code, client.ExecOptions{})
	if err != nil {
		t.Fatalf("execute %q: %v", code, err)
	}
	return res
}

// shown is what a cell showed: its output, and its error if it failed.
func shown(res *client.ExecResult) string {
	s := res.Stdout
	if res.Error != nil {
		s += "ERROR " + res.Error.Ename + ": " + res.Error.Evalue
	}
	return s
}

// Without the guard, each construct through the real kernel shows
// something else than `go run`: the guard is needed for every one. A
// failure here means the interpreter got it right meanwhile, and its
// guard (and its row in docs/fidelity.md) is to go.
func TestInterpreterDiffers(t *testing.T) {
	for _, c := range constructs {
		t.Run(c.name, func(t *testing.T) {
			want := goRun(t, c)
			k := startKernel(t, "GOKERNEL_FIDELITY=off")
			got := ""
			if c.decls != "" {
				if res := run(t, k, c.decls); res.Status != "ok" {
					got = shown(res)
				}
			}
			if got == "" && c.hangs {
				ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
				res, err := k.Execute(ctx, c.stmts, client.ExecOptions{})
				cancel()
				if err != nil {
					got = "no end: " + err.Error()
				} else {
					got = shown(res)
				}
			}
			if got == "" {
				got = shown(run(t, k, c.stmts))
				for try := 0; c.racy && got == want && try < 5; try++ {
					got = shown(run(t, k, c.stmts))
				}
			}
			if c.panics != "" && !strings.Contains(got, c.panics) {
				got += " (not Go's panic)"
			}
			if got == want || c.panics != "" && strings.Contains(got, c.panics) {
				t.Errorf("the interpreter prints what go run prints (%q): drop this guard", want)
			}
			t.Logf("go run: %q; interpreter: %q", want, got)
		})
	}
}

// With the guard, each construct fails before it runs with a NotFaithful
// error that names it, at its line, and the same cell as %%run prints
// what go run prints.
func TestGuardStopsConstructs(t *testing.T) {
	for _, c := range constructs {
		t.Run(c.name, func(t *testing.T) {
			want := goRun(t, c)
			k := startKernel(t, "GOKERNEL_FIDELITY=guard")
			stopped := c.stmts
			if c.inDecls {
				stopped = c.decls
			} else if c.decls != "" {
				if res := run(t, k, c.decls); res.Status != "ok" {
					t.Fatalf("declarations: %s", shown(res))
				}
			}
			res := run(t, k, stopped)
			if res.Error == nil || res.Error.Ename != fidelity.Name {
				t.Fatalf("not stopped: %q", shown(res))
			}
			if res.Stdout != "" {
				t.Errorf("the stopped cell printed %q", res.Stdout)
			}
			for _, s := range []string{c.want, "cannot run this faithfully", "%%run as its first line", "whole program"} {
				if !strings.Contains(res.Error.Evalue, s) {
					t.Errorf("error %q lacks %q", res.Error.Evalue, s)
				}
			}
			if tb := strings.Join(res.Error.Traceback, "\n"); !strings.Contains(tb, "line ") {
				t.Errorf("traceback does not quote the line: %s", tb)
			}
			compiled := "%%run\n" + c.stmts
			if c.inDecls {
				compiled = "%%run\n" + c.decls + "\n" + c.stmts
			}
			if res := run(t, k, compiled); c.panics != "" {
				if res.Error == nil || !strings.Contains(res.Error.Evalue, c.panics) || res.Stdout != want {
					t.Errorf("%%%%run: %q, go run: %q and panic: %s", shown(res), want, c.panics)
				}
			} else if res.Status != "ok" || res.Stdout != want {
				t.Errorf("%%%%run: %q, go run: %q", shown(res), want)
			}
		})
	}
}

// By default a stopped cell that can run compiled with the same meaning
// (statements only, no session variables, no value to show) does, with a
// note, and prints what go run prints; the others keep the guard's error.
// Never a wrong answer without an error.
func TestUnfaithfulCellsRunCompiled(t *testing.T) {
	compiled := 0
	for _, c := range constructs {
		t.Run(c.name, func(t *testing.T) {
			want := goRun(t, c)
			k := startKernel(t)
			if c.decls != "" {
				if res := run(t, k, c.decls); res.Status != "ok" {
					if res.Error != nil && res.Error.Ename == fidelity.Name && res.Stdout == "" {
						return // stopped at its declaration
					}
					t.Fatalf("declarations: %s", shown(res))
				}
			}
			res := run(t, k, c.stmts)
			switch {
			case res.Error != nil && (res.Error.Ename == fidelity.Name || res.Error.Ename == "NeedsCompiledRun"):
				if res.Stdout != "" {
					t.Errorf("the stopped cell printed %q", res.Stdout)
				}
			case c.panics != "" && res.Error != nil && strings.Contains(res.Stderr, "ran compiled"):
				compiled++
				if !strings.Contains(res.Error.Evalue, c.panics) || res.Stdout != want {
					t.Errorf("compiled instead: %q, go run: %q and panic: %s", shown(res), want, c.panics)
				}
			case res.Status == "ok" && strings.Contains(res.Stderr, "ran compiled"):
				compiled++
				if res.Stdout != want {
					t.Errorf("compiled instead: %q, go run: %q", res.Stdout, want)
				}
			default:
				t.Errorf("neither stopped nor run compiled: %q (stderr %q)", shown(res), res.Stderr)
			}
		})
	}
	if compiled == 0 {
		t.Error("no stopped cell ran compiled")
	}
	t.Logf("%d of %d constructs ran compiled instead", compiled, len(constructs))
}

// Near misses run interpreted (not compiled instead), with the guard on,
// and print what go run prints.
func TestGuardLetsNearMissesRun(t *testing.T) {
	for _, c := range nearMisses {
		t.Run(c.name, func(t *testing.T) {
			want := goRun(t, c)
			k := startKernel(t)
			got := ""
			if c.decls != "" {
				if res := run(t, k, c.decls); res.Status != "ok" {
					got = shown(res)
				}
			}
			if got == "" {
				res := run(t, k, c.stmts)
				got = shown(res)
				if strings.Contains(res.Stderr, "ran compiled") && !c.compiles {
					t.Errorf("ran compiled: %q", res.Stderr)
				}
			}
			if got != want {
				t.Errorf("got %q, go run: %q", got, want)
			}
		})
	}
}

// The guard stops no cell of the course notebooks: every code cell, in
// order, through the real kernel with the guard on and cells checked.
func TestNotebooksNotStopped(t *testing.T) {
	paths, _ := filepath.Glob("../../notebooks/*.ipynb")
	if len(paths) == 0 {
		t.Fatal("no notebooks")
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			nb, err := notebook.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			k := startKernel(t)
			n := 0
			for _, c := range nb.Cells {
				if c.Type != "code" {
					continue
				}
				n++
				if res := run(t, k, c.Source); res.Error != nil && res.Error.Ename == fidelity.Name {
					t.Errorf("cell %d stopped: %s\n%s", n, res.Error.Evalue, c.Source)
				}
			}
		})
	}
}

// TestSharedSelectRunsCompiled: goroutines that run the same select at
// the same time race on the interpreter's shared cases (a sieve of filter
// goroutines printed a wrong 100th prime now and then, so no test can
// show the difference every time); the guard sends such a cell to the
// compiled path, which prints what go run prints.
func TestSharedSelectRunsCompiled(t *testing.T) {
	c := construct{name: "shared select", decls: `func gen(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}
func filt(done <-chan struct{}, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range in {
			if i%prime == 0 {
				continue
			}
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}`, stmts: `done := make(chan struct{})
ch := gen(done)
var ps []int
for range 100 {
	p := <-ch
	ps = append(ps, p)
	ch = filt(done, ch, p)
}
close(done)
fmt.Println(ps[99], len(ps))`}
	sharedSelectRunsCompiled(t, c)
}

// TestSharedSelectThroughAHelperRunsCompiled: the same race when the
// select is in a function literal that a helper of the program starts
// (cc4_prime_sieve_pipeline lost a value now and then in the split form).
func TestSharedSelectThroughAHelperRunsCompiled(t *testing.T) {
	c := construct{name: "shared select through a helper", decls: `func spawn(wg *sync.WaitGroup, f func()) {
	wg.Go(func() { f() })
}
func gen(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	ch := make(chan int)
	spawn(wg, func() {
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	})
	return ch
}
func filt(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	spawn(wg, func() {
		for {
			var v int
			select {
			case v = <-in:
			case <-done:
				return
			}
			if v%prime != 0 {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	})
	return out
}`, stmts: `done := make(chan struct{})
var wg sync.WaitGroup
ch := gen(done, &wg)
var ps []int
for range 60 {
	p := <-ch
	ps = append(ps, p)
	ch = filt(done, &wg, ch, p)
}
close(done)
wg.Wait()
fmt.Println(ps[59], len(ps))`}
	sharedSelectRunsCompiled(t, c)
}

// sharedSelectRunsCompiled checks that the statements of c, after its
// declarations, run compiled for the shared-select guard and print what
// go run prints.
func sharedSelectRunsCompiled(t *testing.T, c construct) {
	t.Helper()
	want := goRun(t, c)
	k := startKernel(t)
	if res := run(t, k, c.decls); res.Status != "ok" {
		t.Fatalf("declarations: %s", shown(res))
	}
	res := run(t, k, c.stmts)
	if res.Stdout != want || !strings.Contains(res.Stderr, "ran compiled") || !strings.Contains(res.Stderr, "select statement in goroutines started more than once") {
		t.Errorf("stdout %q (go run: %q), stderr %q", res.Stdout, want, res.Stderr)
	}
}
