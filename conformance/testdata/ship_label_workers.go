package main

import (
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
)

type Job struct {
	ID      int
	Address string
	Grams   int
}

type Label struct {
	JobID    int
	Zone     string
	Postage  int // pence
	Checksum uint32
	Worker   int
}

func zoneFor(addr string) string {
	switch {
	case strings.HasSuffix(addr, "UK"):
		return "domestic"
	case strings.HasSuffix(addr, "FR"), strings.HasSuffix(addr, "DE"), strings.HasSuffix(addr, "NL"):
		return "europe"
	default:
		return "world"
	}
}

func postage(zone string, grams int) int {
	rate := map[string]int{"domestic": 85, "europe": 240, "world": 410}[zone]
	extra := max(0, grams-100) / 250
	return rate + extra*rate/2
}

func worker(id int, jobs <-chan Job, out chan<- Label, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		z := zoneFor(j.Address)
		out <- Label{
			JobID:    j.ID,
			Zone:     z,
			Postage:  postage(z, j.Grams),
			Checksum: crc32.ChecksumIEEE([]byte(j.Address)),
			Worker:   id,
		}
	}
}

func main() {
	addresses := []string{
		"12 Mill Lane, York UK", "4 Rue Lepic, Paris FR", "88 Elm St, Boston US",
		"2 Kerkstraat, Utrecht NL", "9 Hauptstr, Bonn DE", "1 Harbour Rd, Cork IE",
		"77 High St, Bath UK", "5 George St, Sydney AU", "31 Dock Rd, Leith UK",
	}
	jobs := make(chan Job)
	out := make(chan Label, len(addresses))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, out, &wg)
	}
	go func() {
		for i, a := range addresses {
			jobs <- Job{ID: i, Address: a, Grams: 80 + i*170}
		}
		close(jobs)
	}()
	wg.Wait()
	close(out)

	labels := make([]Label, len(addresses))
	perZone := map[string]int{}
	for l := range out {
		labels[l.JobID] = l
		perZone[l.Zone] += l.Postage
	}
	total := 0
	for i, l := range labels {
		total += l.Postage
		fmt.Printf("%d %-26q %-8s %4dp %08x\n", i, addresses[i], l.Zone, l.Postage, l.Checksum)
	}
	for _, z := range []string{"domestic", "europe", "world"} {
		fmt.Printf("%-8s %5dp\n", z, perZone[z])
	}
	fmt.Printf("total %dp = £%d.%02d\n", total, total/100, total%100)
}
