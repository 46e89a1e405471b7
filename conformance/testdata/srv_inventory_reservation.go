package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

var (
	ErrUnknownSKU  = errors.New("unknown sku")
	ErrOutOfStock  = errors.New("insufficient stock")
	ErrNoSuchHold  = errors.New("reservation not found")
	ErrHoldExpired = errors.New("reservation expired")
)

type Reservation struct {
	ID        string
	Lines     map[string]int
	ExpiresAt time.Time
}

type Inventory struct {
	now     func() time.Time
	holdTTL time.Duration
	onHand  map[string]int
	held    map[string]int
	holds   map[string]*Reservation
	seq     int
}

func (inv *Inventory) available(sku string) int { return inv.onHand[sku] - inv.held[sku] }

// Reserve holds all lines atomically: either every line fits or nothing changes.
func (inv *Inventory) Reserve(lines map[string]int) (string, error) {
	inv.expire()
	skus := make([]string, 0, len(lines))
	for sku := range lines {
		skus = append(skus, sku)
	}
	sort.Strings(skus) // check in a stable order so the reported error is deterministic
	for _, sku := range skus {
		if _, ok := inv.onHand[sku]; !ok {
			return "", fmt.Errorf("%s: %w", sku, ErrUnknownSKU)
		}
		if want, have := lines[sku], inv.available(sku); want > have {
			return "", fmt.Errorf("%s: want %d, have %d: %w", sku, want, have, ErrOutOfStock)
		}
	}
	inv.seq++
	r := &Reservation{ID: fmt.Sprintf("R%03d", inv.seq), Lines: lines, ExpiresAt: inv.now().Add(inv.holdTTL)}
	for sku, n := range lines {
		inv.held[sku] += n
	}
	inv.holds[r.ID] = r
	return r.ID, nil
}

func (inv *Inventory) release(r *Reservation) {
	for sku, n := range r.Lines {
		inv.held[sku] -= n
	}
	delete(inv.holds, r.ID)
}

// expire drops holds whose TTL has passed and returns their ids.
func (inv *Inventory) expire() []string {
	var ids []string
	for id, r := range inv.holds {
		if !inv.now().Before(r.ExpiresAt) {
			ids = append(ids, id)
			inv.release(r)
		}
	}
	sort.Strings(ids)
	return ids
}

func (inv *Inventory) Commit(id string) error {
	r, ok := inv.holds[id]
	if !ok {
		return fmt.Errorf("commit %s: %w", id, ErrNoSuchHold)
	}
	if !inv.now().Before(r.ExpiresAt) {
		inv.release(r)
		return fmt.Errorf("commit %s: %w", id, ErrHoldExpired)
	}
	for sku, n := range r.Lines {
		inv.onHand[sku] -= n
	}
	inv.release(r)
	return nil
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.onHand))
	for sku := range inv.onHand {
		skus = append(skus, sku)
	}
	sort.Strings(skus)
	s := ""
	for _, sku := range skus {
		s += fmt.Sprintf(" %s[%d/%d]", sku, inv.available(sku), inv.onHand[sku])
	}
	return s
}

func main() {
	clock := time.Date(2024, 11, 29, 9, 0, 0, 0, time.UTC)
	inv := &Inventory{
		now:     func() time.Time { return clock },
		holdTTL: 15 * time.Minute,
		onHand:  map[string]int{"tee": 5, "mug": 2, "cap": 1},
		held:    map[string]int{},
		holds:   map[string]*Reservation{},
	}
	step := func(label string, err error) {
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		fmt.Printf("%s %-22s %-40s stock:%s\n", clock.Format("15:04"), label, status, inv.Report())
	}

	id1, err := inv.Reserve(map[string]int{"tee": 2, "mug": 1})
	step("reserve "+id1, err)
	_, err = inv.Reserve(map[string]int{"mug": 2, "tee": 1})
	step("reserve mug x2", err)
	_, err = inv.Reserve(map[string]int{"hat": 1})
	step("reserve hat", err)
	id2, err := inv.Reserve(map[string]int{"cap": 1, "tee": 3})
	step("reserve "+id2, err)

	clock = clock.Add(10 * time.Minute)
	step("commit "+id1, inv.Commit(id1))
	step("commit "+id1+" again", inv.Commit(id1))

	clock = clock.Add(6 * time.Minute)
	err = inv.Commit(id2)
	step("commit "+id2, err)
	fmt.Println("expired?", errors.Is(err, ErrHoldExpired))

	id3, err := inv.Reserve(map[string]int{"cap": 1, "mug": 1})
	step("reserve "+id3, err)
	clock = clock.Add(20 * time.Minute)
	fmt.Println("sweep expired:", inv.expire())
	step("after sweep", nil)
}
