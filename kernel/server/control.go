package server

import (
	"encoding/json"
	"sync"

	"github.com/go-zeromq/zmq4"

	"gokernel/kernel/wire"
)

// serveControl answers control requests on their own goroutine, so an
// interrupt or shutdown gets through while a cell runs on shell.
func (k *Kernel) serveControl() {
	k.recv("control", k.control, func(m *wire.Message) {
		k.busy(m)
		defer k.idle(m)
		switch m.Header.MsgType {
		case "interrupt_request":
			k.Interrupt()
			k.reply(k.control, &k.controlMu, m, "interrupt_reply", map[string]any{"status": "ok"})
		case "shutdown_request":
			k.shutdown(k.control, &k.controlMu, m)
		case "kernel_info_request":
			k.reply(k.control, &k.controlMu, m, "kernel_info_reply", kernelInfo())
		default:
			k.logf("control: unknown message type %q ignored", m.Header.MsgType)
		}
	})
}

// Interrupt stops the running cell (also what SIGINT does).
func (k *Kernel) Interrupt() {
	select {
	case <-k.evalReady:
		if k.eval != nil {
			k.eval.Interrupt()
		}
	default:
	}
	select {
	case k.interrupt <- struct{}{}: // wakes a cell waiting for input
	default:
	}
}

// shutdown answers a shutdown_request and stops the kernel. A restart is
// done by whoever launched the kernel (as with jupyter_client): the process
// exits either way, with a fresh evaluator and state in the next one.
func (k *Kernel) shutdown(s zmq4.Socket, mu *sync.Mutex, m *wire.Message) {
	var c struct {
		Restart bool `json:"restart"`
	}
	if err := json.Unmarshal(m.Content, &c); err != nil {
		k.logf("shutdown_request: %v", err)
	}
	content := map[string]any{"status": "ok", "restart": c.Restart}
	k.reply(s, mu, m, "shutdown_reply", content)
	k.publish(&m.Header, "shutdown_reply", content)
	k.restart.Store(c.Restart)
	k.Stop()
}
