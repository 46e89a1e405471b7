// Sections 2.5-2.6 and 7.4, Exercise 7.6: tempconv types and a flag.Value.
package main

import (
	"flag"
	"fmt"
	"io"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", c) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", f) }
func (k Kelvin) String() string     { return fmt.Sprintf("%gK", k) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func KToC(k Kelvin) Celsius     { return Celsius(k) + AbsoluteZeroC }

// celsiusFlag satisfies the flag.Value interface.
type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	case "K":
		f.Celsius = KToC(Kelvin(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func CelsiusFlag(fs *flag.FlagSet, name string, value Celsius, usage string) *Celsius {
	f := celsiusFlag{value}
	fs.Var(&f, name, usage)
	return &f.Celsius
}

func main() {
	fmt.Println(AbsoluteZeroC, FreezingC, BoilingC)
	fmt.Println(CToF(BoilingC), FToC(212), CToK(FreezingC), KToC(0))
	fmt.Printf("%v %.2f %s\n", FToC(98.6), FToC(98.6), Celsius(37))
	boilingF := CToF(BoilingC)
	fmt.Println(boilingF-CToF(FreezingC), float64(boilingF) == 212)

	argLists := [][]string{
		{},
		{"-temp", "-18C"},
		{"-temp=212°F", "-n", "3"},
		{"-temp", "273.15K", "extra", "args"},
		{"-temp", "100X"},
		{"-bogus"},
	}
	for _, args := range argLists {
		fs := flag.NewFlagSet("tempflag", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		temp := CelsiusFlag(fs, "temp", 20.0, "the temperature")
		n := fs.Int("n", 1, "count")
		err := fs.Parse(args)
		fmt.Printf("%-40s temp=%v n=%d rest=%q err=%v\n", fmt.Sprintf("%q", args), *temp, *n, fs.Args(), err)
	}
}
