package main

import (
	"fmt"
	"math"
	"strings"
)

const concertA = 440.0

var names = [12]string{"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"}

type Pitch struct {
	MIDI int
}

func (p Pitch) Name() string {
	return fmt.Sprintf("%s%d", names[p.MIDI%12], p.MIDI/12-1)
}

func (p Pitch) Frequency() float64 {
	return concertA * math.Pow(2, float64(p.MIDI-69)/12)
}

func (p Pitch) Wavelength(speedOfSound float64) float64 {
	return speedOfSound / p.Frequency()
}

// Nearest finds the closest equal-tempered pitch and the error in cents.
func Nearest(freq float64) (Pitch, float64) {
	exact := 69 + 12*math.Log2(freq/concertA)
	midi := int(math.Round(exact))
	cents := (exact - float64(midi)) * 100
	return Pitch{midi}, cents
}

func main() {
	fmt.Printf("%-5s %4s %10s %10s %6s\n", "note", "midi", "freq Hz", "wave m", "hex")
	for midi := 57; midi <= 72; midi += 3 {
		p := Pitch{midi}
		fmt.Printf("%-5s %4d %10.3f %10.4f %#6x\n", p.Name(), p.MIDI, p.Frequency(), p.Wavelength(343), p.MIDI)
	}

	fmt.Println()
	fmt.Println("Tuning a guitar by ear:")
	heard := []float64{82.0, 110.9, 146.5, 195.0, 247.5, 330.2}
	for _, f := range heard {
		p, cents := Nearest(f)
		status := "in tune"
		switch {
		case cents > 3:
			status = "sharp, tune down"
		case cents < -3:
			status = "flat, tune up"
		}
		fmt.Printf("  %7.2f Hz -> %-3s %+6.1f cents  %s\n", f, p.Name(), cents, status)
	}

	fmt.Println()
	fmt.Println("Harmonic series of A2:")
	base := Pitch{45}.Frequency()
	for n := 1; n <= 6; n++ {
		f := base * float64(n)
		p, cents := Nearest(f)
		bar := strings.Repeat("=", n*3)
		fmt.Printf("  %d %8.2f Hz  ~%-3s (%+5.1f) %s\n", n, f, p.Name(), cents, bar)
	}
}
