package main

import (
	"fmt"
	"strings"
	"sync"
)

type Parcel struct {
	ID     int
	Addr   string
	Weight float64
	Label  string
	Zone   string
}

// Each stage is a goroutine connected by channels. With one goroutine per
// stage the order of parcels is preserved.
func source(addrs []string) <-chan Parcel {
	out := make(chan Parcel)
	go func() {
		defer close(out)
		for i, a := range addrs {
			out <- Parcel{ID: i + 1, Addr: a, Weight: float64(len(a)) * 0.3}
		}
	}()
	return out
}

func normalize(in <-chan Parcel) <-chan Parcel {
	out := make(chan Parcel)
	go func() {
		defer close(out)
		for p := range in {
			words := strings.Fields(strings.ToLower(p.Addr))
			for i, w := range words {
				words[i] = strings.ToUpper(w[:1]) + w[1:]
			}
			p.Addr = strings.Join(words, " ")
			out <- p
		}
	}()
	return out
}

func zone(in <-chan Parcel) <-chan Parcel {
	out := make(chan Parcel, 2)
	go func() {
		defer close(out)
		for p := range in {
			switch {
			case strings.Contains(p.Addr, "Harbor"):
				p.Zone = "WEST"
			case strings.Contains(p.Addr, "Hill"):
				p.Zone = "NORTH"
			default:
				p.Zone = "CENTRAL"
			}
			out <- p
		}
	}()
	return out
}

func label(in <-chan Parcel) <-chan Parcel {
	out := make(chan Parcel)
	go func() {
		defer close(out)
		for p := range in {
			p.Label = fmt.Sprintf("%s-%03d", p.Zone[:1], p.ID)
			out <- p
		}
	}()
	return out
}

func main() {
	addrs := []string{
		"  12 HARBOR way",
		"7 hill street ",
		"3 market sq",
		"90 harbor LANE",
		"1 old station road",
	}
	var total float64
	perZone := map[string]int{}
	for p := range label(zone(normalize(source(addrs)))) {
		fmt.Printf("%-6s %-20q %-8s %5.2f kg\n", p.Label, p.Addr, p.Zone, p.Weight)
		total += p.Weight
		perZone[p.Zone]++
	}
	fmt.Printf("total weight %.2f kg\n", total)
	for _, z := range []string{"CENTRAL", "NORTH", "WEST"} {
		fmt.Printf("zone %-7s %d parcel(s)\n", z, perZone[z])
	}

	// Fan-out to workers, results written by index so order is fixed.
	lengths := make([]int, len(addrs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				lengths[i] = len(strings.Fields(addrs[i]))
			}
		}()
	}
	for i := range addrs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	fmt.Println("words per address:", lengths)
}
