package vn.egov.payment.demo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.egov.payment.demo.SimulatedGateway;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NotFound;

/**
 * The simulated gateway's routes, on for the demo and the tests only ({@code egov.demo.gateway.enabled}): the payment
 * page where the visitor chooses, the button that sends a held notice, and the statement the reconciliation reads.
 */
@Controller
@ConditionalOnProperty(name = "egov.demo.gateway.enabled", havingValue = "true")
class SimulatedGatewayPage {

    private final SimulatedGateway gateway;

    SimulatedGatewayPage(SimulatedGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/demo/gateway/pay")
    String pay(@RequestParam Map<String, String> request, Model model, HttpServletResponse response) {
        Optional<SimulatedGateway.Transaction> txn = gateway.open(request);
        if (txn.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("refused", true);
        } else {
            model.addAttribute("txn", txn.get());
        }
        return "payment/demo-gateway";
    }

    @PostMapping("/demo/gateway/pay/{txnRef}")
    String choose(
            @PathVariable String txnRef,
            @RequestParam SimulatedGateway.Choice choice,
            @RequestParam(defaultValue = "false") boolean delayNotice,
            @RequestParam(defaultValue = "false") boolean noticeTwice) {
        return "redirect:"
                + gateway.choose(txnRef, choice, delayNotice, noticeTwice)
                        .orElseThrow(() -> new NotFound("payment.error.nothingDue"));
    }

    /** Sends a delayed notice now. */
    @PostMapping("/demo/gateway/notices/{txnRef}")
    String release(@PathVariable String txnRef) {
        gateway.release(txnRef);
        return "redirect:/demo/gateway/transactions/" + txnRef;
    }

    @GetMapping("/demo/gateway/transactions/{txnRef}")
    String transaction(@PathVariable String txnRef, Model model) {
        model.addAttribute("txn", gateway.find(txnRef).orElseThrow(() -> new NotFound("payment.error.nothingDue")));
        return "payment/demo-gateway";
    }

    @GetMapping("/demo/gateway/statement")
    @ResponseBody
    ResponseEntity<List<SimulatedGateway.Line>> statement(@RequestParam Map<String, String> request) {
        return gateway.statement(request)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN).build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "egov.demo.gateway.enabled", havingValue = "true")
    static class Routes {

        /** The bank's pages are the bank's: anyone the merchant sends there. */
        @Bean
        AccessRule simulatedGatewayIsOpen() {
            return AccessRule.everyone("/demo/gateway/**");
        }
    }
}
