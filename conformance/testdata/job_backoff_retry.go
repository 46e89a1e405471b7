package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Sleeper lets tests replace time.Sleep with something that just records.
type Sleeper interface {
	Sleep(d time.Duration)
}

type fakeSleeper struct {
	slept []time.Duration
}

func (f *fakeSleeper) Sleep(d time.Duration) { f.slept = append(f.slept, d) }

func (f *fakeSleeper) Total() time.Duration {
	var t time.Duration
	for _, d := range f.slept {
		t += d
	}
	return t
}

type realSleeper struct{}

func (realSleeper) Sleep(d time.Duration) { time.Sleep(d) }

type Policy struct {
	Base     time.Duration
	Max      time.Duration
	Attempts int
	Jitter   *rand.Rand // nil disables jitter
}

func (p Policy) Delay(attempt int) time.Duration {
	d := p.Base << uint(attempt)
	if d <= 0 || d > p.Max {
		d = p.Max
	}
	if p.Jitter != nil {
		half := d / 2
		d = half + time.Duration(p.Jitter.Int64N(int64(half)+1))
	}
	return d
}

var (
	ErrTemporary = errors.New("temporary failure")
	ErrPermanent = errors.New("permanent failure")
)

func Retry(p Policy, s Sleeper, op func(attempt int) error) (int, error) {
	var err error
	for attempt := 0; attempt < p.Attempts; attempt++ {
		err = op(attempt)
		if err == nil {
			return attempt + 1, nil
		}
		if errors.Is(err, ErrPermanent) {
			return attempt + 1, fmt.Errorf("giving up: %w", err)
		}
		if attempt < p.Attempts-1 {
			s.Sleep(p.Delay(attempt))
		}
	}
	return p.Attempts, fmt.Errorf("exhausted %d attempts: %w", p.Attempts, err)
}

func failTimes(n int) func(int) error {
	return func(attempt int) error {
		if attempt < n {
			return fmt.Errorf("attempt %d: %w", attempt+1, ErrTemporary)
		}
		return nil
	}
}

func main() {
	p := Policy{Base: 100 * time.Millisecond, Max: 2 * time.Second, Attempts: 6}
	fmt.Println("schedule without jitter:")
	for i := 0; i < 7; i++ {
		fmt.Printf("  attempt %d -> %v\n", i, p.Delay(i))
	}

	cases := []struct {
		name string
		op   func(int) error
	}{
		{"succeeds first try", failTimes(0)},
		{"succeeds after 3 failures", failTimes(3)},
		{"never succeeds", failTimes(100)},
		{"permanent on second", func(a int) error {
			if a == 1 {
				return ErrPermanent
			}
			return ErrTemporary
		}},
	}
	for _, c := range cases {
		fs := &fakeSleeper{}
		n, err := Retry(p, fs, c.op)
		fmt.Printf("%s: attempts=%d slept=%v total=%v err=%v\n", c.name, n, fs.slept, fs.Total(), err)
	}

	pj := p
	pj.Jitter = rand.New(rand.NewPCG(42, 7))
	fs := &fakeSleeper{}
	n, err := Retry(pj, fs, failTimes(4))
	fmt.Printf("jittered: attempts=%d err=%v\n", n, err)
	for i, d := range fs.slept {
		base := p.Delay(i)
		fmt.Printf("  delay %d within [%v, %v]: %v\n", i, base/2, base, d >= base/2 && d <= base)
	}

	tiny := Policy{Base: 100 * time.Microsecond, Max: time.Millisecond, Attempts: 4}
	start := time.Now()
	n, err = Retry(tiny, realSleeper{}, failTimes(2))
	fmt.Printf("real sleeper: attempts=%d err=%v fast=%v\n", n, err, time.Since(start) < 500*time.Millisecond)
}
