package main

import (
	"errors"
	"fmt"
	"time"
)

type TempoError struct {
	BPM    float64
	Reason string
}

func (e *TempoError) Error() string {
	return fmt.Sprintf("invalid tempo %.1f bpm: %s", e.BPM, e.Reason)
}

type Tempo float64

func NewTempo(bpm float64) (Tempo, error) {
	switch {
	case bpm <= 0:
		return 0, &TempoError{bpm, "must be positive"}
	case bpm > 400:
		return 0, &TempoError{bpm, "faster than any drummer"}
	}
	return Tempo(bpm), nil
}

func (t Tempo) Beat() time.Duration {
	return time.Duration(float64(time.Minute) / float64(t))
}

func (t Tempo) Marking() string {
	switch {
	case t < 60:
		return "Largo"
	case t < 76:
		return "Adagio"
	case t < 108:
		return "Andante"
	case t < 120:
		return "Moderato"
	case t < 168:
		return "Allegro"
	default:
		return "Presto"
	}
}

func (t Tempo) BarLength(beatsPerBar int) time.Duration {
	return time.Duration(beatsPerBar) * t.Beat()
}

func main() {
	inputs := []float64{52, 72, 96, 112, 140, 180, 0, 512}
	fmt.Printf("%8s %-9s %12s %12s %8s\n", "bpm", "marking", "beat", "4/4 bar", "Hz")
	for _, in := range inputs {
		t, err := NewTempo(in)
		if err != nil {
			var te *TempoError
			if errors.As(err, &te) {
				fmt.Printf("%8.2f error: %s\n", te.BPM, te.Reason)
			}
			continue
		}
		fmt.Printf("%8.2f %-9s %12v %12v %8.3f\n",
			float64(t), t.Marking(), t.Beat(), t.BarLength(4), float64(t)/60)
	}

	song, _ := NewTempo(120)
	bars := 64
	total := song.BarLength(4) * time.Duration(bars)
	fmt.Printf("%d bars of 4/4 at %v bpm last %v\n", bars, float64(song), total)

	delay := song.Beat() * 3 / 4
	fmt.Println("dotted eighth delay for 120 bpm:", delay)
	fmt.Printf("in milliseconds: %d\n", delay.Milliseconds())
}
