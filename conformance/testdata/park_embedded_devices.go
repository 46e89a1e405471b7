package main

import (
	"fmt"
	"strings"
)

type Device struct {
	ID     string
	Level  int
	Faults int
}

func (d Device) Label() string { return fmt.Sprintf("%s@P%d", d.ID, d.Level) }

func (d *Device) Fault() { d.Faults++ }

func (d Device) Healthy() bool { return d.Faults < 2 }

type Logger struct {
	lines []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

type Barrier struct {
	Device
	*Logger
	Up bool
}

func (b *Barrier) Raise() {
	b.Up = true
	b.Log("%s raised", b.Label())
}

type Camera struct {
	Device
	*Logger
	Reads int
}

// Label shadows Device.Label but still uses it.
func (c Camera) Label() string { return "cam:" + c.Device.Label() }

func (c *Camera) Read(plate string) {
	c.Reads++
	c.Log("%s read %q", c.Label(), plate)
}

type Checker interface {
	Label() string
	Healthy() bool
}

func main() {
	log := &Logger{}
	b := &Barrier{Device: Device{ID: "bar-1", Level: 0}, Logger: log}
	c := &Camera{Device: Device{ID: "anpr-7", Level: 0}, Logger: log}

	b.Raise()
	c.Read("LM 55 XYZ")
	c.Read("QR 12 ABC")
	c.Fault()
	b.Fault()
	b.Fault()

	fmt.Println("barrier up:", b.Up, "faults:", b.Faults)
	fmt.Println("camera reads:", c.Reads, "faults:", c.Device.Faults)

	for _, ch := range []Checker{b, c, Device{ID: "spare", Level: 2}} {
		fmt.Printf("%-16s healthy=%t (%T)\n", ch.Label(), ch.Healthy(), ch)
	}

	fmt.Println("shared log:")
	for i, l := range log.lines {
		fmt.Printf("  %d %s\n", i, l)
	}
	fmt.Printf("%+v\n", b.Device)
	fmt.Println(strings.Repeat("-", 20))
	fmt.Println("same logger:", b.Logger == c.Logger)
}
