package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func (l Level) GoString() string { return fmt.Sprintf("log.Level(%d)", int(l)) }

type Event struct {
	Lvl Level
	Msg string
}

func main() {
	fmt.Printf("%v %s %d %q %x\n", Info, Warn, Warn, Debug, Info)
	fmt.Printf("%#v\n", Warn)
	fmt.Printf("%v %+v\n", Event{Warn, "disk"}, Event{Info, "ok"})
	fmt.Printf("%#v\n", Event{Debug, "x"})
	fmt.Println(Level(7), []Level{Debug, Warn}, map[Level]int{Warn: 1, Debug: 2})
}
