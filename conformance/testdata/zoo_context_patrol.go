package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Report struct {
	Keeper  string
	Checked []string
	Err     error
}

func patrol(ctx context.Context, keeper string, enclosures []string, stopAfter int, cancel context.CancelFunc) Report {
	r := Report{Keeper: keeper}
	for i, e := range enclosures {
		select {
		case <-ctx.Done():
			r.Err = fmt.Errorf("%s stopped before %s: %w", keeper, e, ctx.Err())
			return r
		default:
		}
		r.Checked = append(r.Checked, e)
		if i+1 == stopAfter && cancel != nil {
			cancel()
		}
	}
	return r
}

func main() {
	routes := map[string][]string{
		"Ana":   {"aviary", "bat cave", "butterfly dome"},
		"Bruno": {"lion pride", "tiger ridge"},
	}

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	var reports []Report
	for keeper, route := range routes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := patrol(ctx, keeper, route, 0, nil)
			mu.Lock()
			reports = append(reports, r)
			mu.Unlock()
		}()
	}
	wg.Wait()
	cancel()

	sort.Slice(reports, func(i, j int) bool { return reports[i].Keeper < reports[j].Keeper })
	fmt.Println("Normal patrol:")
	for _, r := range reports {
		fmt.Printf("  %-5s checked %d: %v\n", r.Keeper, len(r.Checked), r.Checked)
	}

	fmt.Println("Emergency patrol (alarm after 2 checks):")
	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	r := patrol(ctx2, "Cleo", []string{"reptile house", "nocturnal hall", "insectarium", "aquarium"}, 2, cancel2)
	fmt.Printf("  checked: %q\n", r.Checked)
	fmt.Println("  error:", r.Err)
	fmt.Println("  canceled?", errors.Is(r.Err, context.Canceled))

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("storm warning"))
	<-ctx3.Done()
	fmt.Println("Cause:", context.Cause(ctx3))
	fmt.Println("Err:  ", ctx3.Err())

	valCtx := context.WithValue(context.Background(), shiftKey{}, "night")
	if shift, ok := valCtx.Value(shiftKey{}).(string); ok {
		fmt.Println("Shift from context:", shift)
	}
}

type shiftKey struct{}
