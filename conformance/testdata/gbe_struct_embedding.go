// Go by Example: Struct Embedding
package main

import (
	"fmt"
	"strings"
)

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

// A container embeds a base. An embedding looks like a
// field without a name.
type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

// Embedded pointers and method overriding.
type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }
func (l *Logger) Name() string   { return "logger" }

type Service struct {
	*Logger
	name string
}

// Service's Name shadows the promoted Logger.Name.
func (s *Service) Name() string { return "service " + s.name + " (via " + s.Logger.Name() + ")" }

// Embedding an interface in a struct.
type upper struct {
	fmt.Stringer
}

func (u upper) String() string { return strings.ToUpper(u.Stringer.String()) }

type word string

func (w word) String() string { return string(w) }

func main() {
	// Literals must initialize the embedding explicitly.
	co := container{
		base: base{
			num: 1,
		},
		str: "some name",
	}

	// We can access the base's fields directly on co.
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)

	// Alternatively, we can spell out the full path.
	fmt.Println("also num:", co.base.num)

	// Methods of base are promoted to container.
	fmt.Println("describe:", co.describe())

	// Promoted methods satisfy interfaces too.
	var d describer = co
	fmt.Println("describer:", d.describe())

	co.num = 7
	fmt.Printf("%+v\n", co)

	svc := &Service{Logger: &Logger{prefix: "[svc] "}, name: "api"}
	svc.Log("starting")
	svc.Log("ready")
	fmt.Println(svc.Name())
	fmt.Println(strings.Join(svc.lines, "; "))

	u := upper{word("quiet words")}
	fmt.Println(u)
	fmt.Println(u.Stringer)
}
